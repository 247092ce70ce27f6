package id.saring.check;

import static id.saring.check.CapaianRows.PREDIKAT;
import static id.saring.check.CapaianRows.record;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.REALISASI;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.stated;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.rules.Scale;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownGradeCheckTest {

    private static final GradeLabels LABELS = new GradeLabels(RULES.scales().values());
    private static final Scale SAKIP = RULES.scales().get("sakip-permenpanrb-88-2021");
    private static final Scale LPPD = RULES.scales().get("status-lppd");

    private final UnknownGradeCheck check = new UnknownGradeCheck(new Findings(RULES.checks()), RULES.values(), LABELS,
            RULES.checks().predicateScale(), true);

    @Test
    void aGradeLetterNoScaleKnowsIsAnUnknownGradeAtItsCell() {
        // seed 004 l.912: Indeks Reformasi Hukum, target CC; l.1027 says the realisasi was AA, here typed AAA
        List<Finding> found = check.check(record(912, "Indeks Reformasi Hukum", "", "CC", "AAA", "172"),
                Optional.empty());

        assertThat(found).containsExactly(new Finding(new Location(FILE, SHEET, 912, REALISASI),
                Category.UNKNOWN_GRADE, "grade.unknown", Severity.WARNING,
                Message.of("grade.unknown", "AAA", "E912"), "AAA", ""));
    }

    @Test
    void anIndicatorsOwnScaleIsNamedWithItsGrades() {
        // seed 004 l.917: Nilai SAKIP., target B, realisasi typed BBB
        Finding f = check.check(record(917, "Nilai SAKIP.", "", "B", "BBB", "100"), Optional.of(SAKIP)).get(0);

        assertThat(f.message()).isEqualTo(Message.of("grade.unknown-scale", "BBB", "E917", "sakip-permenpanrb-88-2021",
                "AA, A, BB, B, CC, C, D"));
    }

    @Test
    void aWordOfAnotherYearNoScaleKnowsIsUnknownForAnIndicatorGradedByAScale() {
        // seed 000 l.2463: Nilai LPPD | Nilai | Prestasi Tinggi (target 2022) | Sedang (realisasi 2022) | 75% | Sedang
        // (target 2023) | Sedang* | 100; the LPPD status scale has Tinggi, not Prestasi Tinggi
        CapaianRecord base = record(2463, "Nilai LPPD", "Nilai", "Sedang", "Sedang*", "100");
        CapaianRecord lppd = new CapaianRecord(base.location(), base.opd(), base.tahun(), base.sasaran(),
                base.indikator(), base.satuan(), base.target(), base.realisasi(), base.capaian(), base.predikat(),
                List.of(stated("Prestasi Tinggi", 8), stated("Sedang", 9), stated("75%", 10)));

        List<Finding> found = check.check(lppd, Optional.of(LPPD));

        assertThat(found).containsExactly(new Finding(new Location(FILE, SHEET, 2463, 8), Category.UNKNOWN_GRADE,
                "grade.unknown", Severity.WARNING, Message.of("grade.unknown-scale", "Prestasi Tinggi", "I2463",
                        "status-lppd", "Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah"),
                "Prestasi Tinggi", ""));
        // an indicator no scale grades keeps its words of other years to itself
        assertThat(check.check(lppd, Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text under the LPPD status scale | claimed
            Prestasi Tinggi                    | true
            Memuaskan                          | true
            Tinggi                             | false
            Sedang*                            | false
            N/A                                | false
            2,85                               | false
            Belum dinilai karena evaluasi tahun ini ditunda | false
            """)
    void anIndicatorGradedByAScaleClaimsItsWordsNoScaleKnows(String text, boolean claimed) {
        assertThat(check.claims(stated(text, REALISASI), Optional.of(LPPD))).isEqualTo(claimed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text         | claimed
            BBB            | true
            A+             | true
            CCC            | true
            E-             | true
            BBB (75,2)     | true
            BBB*           | true
            BB             | false
            A-             | false
            WTP            | false
            Tidak Ada      | false
            Belum ada data | false
            N/A            | false
            11.879.357.00  | false
            89,00 4,00     | false
            """)
    void aTargetOrRealisasiIsClaimedWhenItHasAGradesShapeAndNoScaleKnowsIt(String text, boolean claimed) {
        assertThat(check.claims(stated(text, REALISASI), Optional.empty())).isEqualTo(claimed);
    }

    @Test
    void aSwitchedOffCheckClaimsNothingSoTheValueStaysUnparseable() {
        UnknownGradeCheck off = new UnknownGradeCheck(new Findings(RULES.checks()), RULES.values(), LABELS,
                RULES.checks().predicateScale(), false);

        assertThat(off.claims(stated("BBB", REALISASI), Optional.empty())).isFalse();
    }

    @Test
    void aPredikatNoScaleKnowsIsUnknownAndTheRegionsScaleIsNamed() {
        // seed 000 l.1962: KRITERIA of Indeks Pembangunan Manusia "Sangat Baik", here typed "Memuaskan"
        List<Finding> found = check.check(record(1962, "1. Indeks Pembangunan Manusia", "", "69,55", "72,33", "104",
                "Memuaskan"), Optional.empty());

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.UNKNOWN_GRADE);
            assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 1962, PREDIKAT));
            assertThat(f.message()).isEqualTo(Message.of("grade.unknown-scale", "Memuaskan", "G1962",
                    "capaian-permendagri-86-2017", "Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah"));
            assertThat(f.value()).isEqualTo("Memuaskan");
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # predikat as seed 000 l.1961-1985 writes it
            Sangat Baik
            Baik
            Kurang
            kurang
            Baik (76,1)
            Sangat Tinggi
            ''
            """)
    void aPredikatOfAnyScaleIsKnownIncludingBandLabels(String predikat) {
        assertThat(check.check(record(1980, "16. Penghargaan Pembangunan Daerah", "", "Nominasi", "-", "-",
                predikat), Optional.empty())).isEmpty();
    }
}
