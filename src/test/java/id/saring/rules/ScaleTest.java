package id.saring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    private static final Map<String, Scale> SCALES = scales();

    private static Map<String, Scale> scales() {
        try {
            return new RuleLoader().load(Path.of("rules"), Optional.empty()).scales();
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # scale                          | value  | band
            capaian-permendagri-86-2017      | 121.25 | Sangat Tinggi
            capaian-permendagri-86-2017      | 91     | Sangat Tinggi
            capaian-permendagri-86-2017      | 90.99  | Tinggi
            capaian-permendagri-86-2017      | 76     | Tinggi
            capaian-permendagri-86-2017      | 75.99  | Sedang
            capaian-permendagri-86-2017      | 66     | Sedang
            capaian-permendagri-86-2017      | 65.99  | Rendah
            capaian-permendagri-86-2017      | 51     | Rendah
            capaian-permendagri-86-2017      | 50.99  | Sangat Rendah
            capaian-permendagri-86-2017      | 0      | Sangat Rendah
            capaian-kec-semende-darat-tengah | 90     | Sangat Baik
            capaian-kec-semende-darat-tengah | 89.99  | Baik
            capaian-kec-semende-darat-tengah | 80.01  | Baik
            capaian-kec-semende-darat-tengah | 80     | Cukup
            capaian-kec-semende-darat-tengah | 70.01  | Cukup
            capaian-kec-semende-darat-tengah | 70     | Kurang
            capaian-kec-semende-darat-tengah | 0.01   | Kurang
            capaian-kec-semende-darat-tengah | 0      | Sangat Kurang
            capaian-kab-muara-enim           | 100    | Sangat Baik
            capaian-kab-muara-enim           | 99.99  | Baik
            capaian-kab-muara-enim           | 75.01  | Baik
            capaian-kab-muara-enim           | 75     | Cukup
            capaian-kab-muara-enim           | 55     | Kurang
            sakip-permenpanrb-88-2021        | 100    | AA
            sakip-permenpanrb-88-2021        | 90.01  | AA
            sakip-permenpanrb-88-2021        | 90     | A
            sakip-permenpanrb-88-2021        | 86.45  | A
            sakip-permenpanrb-88-2021        | 80     | BB
            sakip-permenpanrb-88-2021        | 60.01  | B
            sakip-permenpanrb-88-2021        | 50     | C
            sakip-permenpanrb-88-2021        | 30.01  | C
            sakip-permenpanrb-88-2021        | 30     | D
            sakip-permenpanrb-88-2021        | 0      | D
            ikm-permenpanrb-14-2017          | 100    | A
            ikm-permenpanrb-14-2017          | 88.31  | A
            ikm-permenpanrb-14-2017          | 88.30  | B
            ikm-permenpanrb-14-2017          | 88.305 | A
            ikm-permenpanrb-14-2017          | 76.61  | B
            ikm-permenpanrb-14-2017          | 76.60  | C
            ikm-permenpanrb-14-2017          | 65.00  | C
            ikm-permenpanrb-14-2017          | 64.99  | D
            ikm-permenpanrb-14-2017          | 25     | D
            """)
    void valueFallsInTheHalfOpenBandItsEdgesDeclare(String scale, BigDecimal value, String band) {
        assertThat(SCALES.get(scale).grade(value)).contains(band);
    }

    @Test
    void gradesScaleGradesNoNumber() {
        Scale opini = SCALES.get("opini-bpk");

        assertThat(opini.bands()).isEmpty();
        assertThat(opini.grades()).containsExactly("WTP", "WDP", "TW", "TMP");
        assertThat(opini.grade(new BigDecimal("100"))).isEmpty();
    }

    @Test
    void valueOutsideEveryBandHasNoGrade() {
        Scale scale = new Scale("test", "test", List.of(new Scale.Band("Baik", Optional.of(BigDecimal.ZERO),
                Optional.empty(), Optional.of(new BigDecimal("100")), Optional.empty())), List.of());

        assertThat(scale.grade(new BigDecimal("-0.01"))).isEmpty();
        assertThat(scale.grade(new BigDecimal("100.01"))).isEmpty();
        assertThat(scale.grade(new BigDecimal("0"))).contains("Baik");
        assertThat(scale.grade(new BigDecimal("100"))).contains("Baik");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # edge   | inside | outside
            from 50  | 50     | 49.99
            above 50 | 50.01  | 50
            to 50    | 50     | 50.01
            below 50 | 49.99  | 50
            """)
    void eachEdgeIncludesOrExcludesItsBound(String edge, BigDecimal inside, BigDecimal outside) {
        Optional<BigDecimal> fifty = Optional.of(new BigDecimal("50"));
        Optional<BigDecimal> none = Optional.empty();
        Scale.Band band = switch (edge) {
            case "from 50" -> new Scale.Band("x", fifty, none, none, none);
            case "above 50" -> new Scale.Band("x", none, fifty, none, none);
            case "to 50" -> new Scale.Band("x", none, none, fifty, none);
            default -> new Scale.Band("x", none, none, none, fifty);
        };

        assertThat(band.contains(inside)).isTrue();
        assertThat(band.contains(outside)).isFalse();
    }
}
