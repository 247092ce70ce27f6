package id.saring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Arah;
import id.saring.rules.IndicatorCatalogue.Direction;
import id.saring.rules.IndicatorCatalogue.Entry;
import id.saring.rules.IndicatorCatalogue.Proportions;
import id.saring.rules.IndicatorCatalogue.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorCatalogueTest {

    private static final IndicatorCatalogue BUNDLED = bundled();

    private static IndicatorCatalogue bundled() {
        try {
            return new RuleLoader().load(Path.of("rules"), Optional.empty()).indicators();
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} by {2} ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            # indikator as a table writes it                    | arah    | source    | entry
            9. Persentase Penduduk Miskin                        | TURUN   | CATALOGUE | Persentase Penduduk Miskin
            Indeks Pembangunan Manusia (IPM)                     | NAIK    | CATALOGUE | Indeks Pembangunan Manusia
            IPM                                                  | NAIK    | CATALOGUE | Indeks Pembangunan Manusia
            Tingkat Pengangguran Terbuka (TPT)                   | TURUN   | CATALOGUE | Tingkat Pengangguran Terbuka
            Indeks Inflasi                                       | RENTANG | CATALOGUE | Indeks Inflasi
            Opini LHP BPK                                        | BINER   | CATALOGUE | Opini BPK
            Rata-rata Lama Sekolah                               | NAIK    | CATALOGUE | Rata-rata Lama Sekolah
            ANGKA KEMATIAN BAYI                                  | TURUN   | CATALOGUE | Angka Kematian Bayi
            Angka Kematian Balita                                | TURUN   | KEYWORD   | angka kematian
            Persentase balita stunting                           | TURUN   | CATALOGUE | Prevalensi Stunting
            Menurunnya angka kasus DBD                           | TURUN   | KEYWORD   | menurunnya
            Persentase Posyandu aktif                            | NAIK    | DEFAULT   | ''
            Pelatihan Akbar Kepemudaan                           | NAIK    | DEFAULT   | ''
            """)
    void directionComesFromTheCatalogueThenKeywordsThenTheDefault(String indikator, Arah arah, Source source,
            String entry) {
        assertThat(BUNDLED.directionOf(indikator)).isEqualTo(new Direction(arah, source, entry));
    }

    @Test
    void longestAliasFoundAsWholeWordsWins() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue(List.of(
                entry("Kematian", List.of("kematian"), Arah.NAIK),
                entry("Angka Kematian Bayi", List.of("AKB", "Angka Kematian Bayi"), Arah.TURUN)),
                Map.of(), Arah.NAIK, Proportions.NONE);

        assertThat(catalogue.directionOf("Angka Kematian Bayi per 1.000 kelahiran"))
                .isEqualTo(new Direction(Arah.TURUN, Source.CATALOGUE, "Angka Kematian Bayi"));
        assertThat(catalogue.directionOf("Jumlah kematian")).isEqualTo(
                new Direction(Arah.NAIK, Source.CATALOGUE, "Kematian"));
        assertThat(catalogue.directionOf("Angka Akbar")).isEqualTo(new Direction(Arah.NAIK, Source.DEFAULT, ""));
    }

    @Test
    void defaultComesFromTheRules() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue(List.of(), Map.of(Arah.TURUN, List.of("Kemiskinan")),
                Arah.RENTANG, Proportions.NONE);

        assertThat(catalogue.directionOf("Tingkat kemiskinan")).isEqualTo(
                new Direction(Arah.TURUN, Source.KEYWORD, "kemiskinan"));
        assertThat(catalogue.directionOf("Nilai LPPD")).isEqualTo(new Direction(Arah.RENTANG, Source.DEFAULT, ""));
    }

    private static Entry entry(String name, List<String> aliases, Arah arah) {
        return new Entry(name, aliases, arah, "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
