package id.saring.check;

import static id.saring.check.CheckFixtures.CAPAIAN;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.capaian;
import static id.saring.check.CheckFixtures.dec;
import static id.saring.check.CheckFixtures.stated;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Arah;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.rules.CheckSettings;
import id.saring.rules.CheckSettings.InverseFormula;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapaianCheckTest {

    private final CheckSettings settings = RULES.checks();
    private final CapaianCheck check = new CapaianCheck(settings, new Findings(settings));

    private static CheckSettings withFormula(CheckSettings s, InverseFormula formula) {
        return s.withInverseFormula(formula);
    }

    private static CheckSettings withTolerance(CheckSettings s, BigDecimal tolerance) {
        return s.withCapaianTolerance(tolerance);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} / {2} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                  | target        | realisasi     | stated  | recomputed
            001 l.598: 3.182.258.349 / 3.489.328.596  | 3.489.328.596 | 3.182.258.349 | 91,19 % | 91.1997325975
            004 Tabel 3.2 no. 4: rounded              | 91            | 98            | 108     | 107.6923076923
            004 Tabel 3.2 no. 5: truncated            | 87,07         | 100           | 114     | 114.8501205926
            003 l.573: IKM 84 / 79,4, same rounding   | 84            | 79,4          | 94,52%  | 94.5238095238
            exact                                     | 80 %          | 79%           | 98,75 % | 98.7500000000
            """)
    void naikStatedFigureTruncatedOrRoundedToItsDecimalsIsConsistent(String source, String target, String realisasi,
            String stated, String recomputed) {
        Recomputed outcome = check.check(capaian(12, "Indikator", target, realisasi, stated), Arah.NAIK);

        assertThat(outcome.finding()).isEmpty();
        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(recomputed));
    }

    @ParameterizedTest(name = "[{index}] {0}: stated {3}, expected {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                   | target | realisasi | stated | expected
            003 l.867: IKM 79,35 / 84 shown as 94,05 % | 84     | 79,35     | 94,05% | 94.46
            two decimals beyond the rounded 107,69      | 91     | 98        | 107,70 | 107.69
            neither truncated nor rounded              | 87,07  | 100       | 113    | 114.85
            001 l.584: 95 of 100 shown as 100 %        | 100 %  | 95 %      | 100 %  | 95
            """)
    void naikStatedFigureOtherThanTruncatedOrRoundedIsAMismatch(String source, String target, String realisasi,
            String stated, String expected) {
        Recomputed outcome = check.check(capaian(7, "Indikator", target, realisasi, stated), Arah.NAIK);

        assertThat(outcome.finding()).hasValueSatisfying(f -> {
            assertThat(f.category()).isEqualTo(Category.CAPAIAN_MISMATCH);
            assertThat(f.rule()).isEqualTo("capaian.recompute");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 7, CAPAIAN));
            assertThat(f.value()).isEqualTo(stated);
            assertThat(f.expected()).isEqualTo(expected);
            assertThat(f.message().key()).isEqualTo("capaian.mismatch");
        });
    }

    @Test
    void mismatchMessageNamesTheCellTheFormulaAndTheRecomputedFigure() {
        Finding f = check.check(capaian(5, "Indeks Kepuasan Masyarakat", "84", "79,35", "94,05%"), Arah.NAIK)
                .finding().orElseThrow();

        assertThat(f.message().args()).hasSize(4);
        assertThat(f.message().args().get(0)).isEqualTo("94,05%");
        assertThat(f.message().args().get(1)).isEqualTo("F5");
        Message formula = (Message) f.message().args().get(2);
        assertThat(formula.key()).isEqualTo("formula.naik");
        assertThat((BigDecimal) formula.args().get(0)).isEqualByComparingTo("79.35");
        assertThat((BigDecimal) formula.args().get(1)).isEqualByComparingTo("84");
        assertThat(f.message().args().get(3)).isEqualTo(dec("94.46"));
    }

    @Test
    void stated100BelowAHigherCapaianIsReportedAsCappedWithTheCappedSeverity() {
        // seed 001 l.577: target 80 %, realisasi 97 %, capaian written as 100 %
        Recomputed outcome = check.check(capaian(577,
                "Persentase Desa yang memiliki administrasi umum pemerintah dengan kualitas baik.", "80%", "97%",
                "100%"), Arah.NAIK);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("121.25"));
        Finding f = outcome.finding().orElseThrow();
        assertThat(f.category()).isEqualTo(Category.CAPAIAN_MISMATCH);
        assertThat(f.rule()).isEqualTo("capaian.capped");
        assertThat(f.severity()).isEqualTo(settings.cappedSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 577, CAPAIAN));
        assertThat(f.value()).isEqualTo("100%");
        assertThat(f.expected()).isEqualTo("121.25");
        assertThat(f.message().key()).isEqualTo("capaian.capped");
        assertThat(f.message().args().get(3)).isEqualTo(dec("121.25"));
    }

    @Test
    void underADeclaredCapAStated100ForAHigherCapaianIsRight() {
        // seed 001 l.577 under the Semende profile, which caps capaian at 100
        CheckSettings capped = settings.withCap(Optional.of(new BigDecimal("100")));
        CapaianCheck withCap = new CapaianCheck(capped, new Findings(capped));

        Recomputed outcome = withCap.check(capaian(577,
                "Persentase Desa yang memiliki administrasi umum pemerintah dengan kualitas baik.", "80%", "97%",
                "100%"), Arah.NAIK);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(outcome.finding()).isEmpty();
    }

    @Test
    void underADeclaredCapAFigureBelowTheCapSaysWhatWasCapped() {
        CheckSettings capped = settings.withCap(Optional.of(new BigDecimal("100")));
        CapaianCheck withCap = new CapaianCheck(capped, new Findings(capped));

        Finding f = withCap.check(capaian(577, "Persentase Desa yang memiliki administrasi umum pemerintah", "80%",
                "97%", "95%"), Arah.NAIK).finding().orElseThrow();

        assertThat(f.rule()).isEqualTo("capaian.recompute");
        assertThat(f.expected()).isEqualTo("100");
        assertThat(f.message().key()).isEqualTo("capaian.mismatch-capped");
        assertThat(f.message().args().subList(3, 5)).containsExactly(dec("121.25"), dec("100.00"));
    }

    @Test
    void stated100AboveALowerCapaianIsAnOrdinaryMismatch() {
        Finding f = check.check(capaian(9, "Persentase temuan APIP yang ditindaklanjuti", "100 %", "95 %", "100 %"),
                Arah.NAIK).finding().orElseThrow();

        assertThat(f.rule()).isEqualTo("capaian.recompute");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void turunFigureMatchingOnlyTheRatioFormulaIsReportedAsInverseFormula() {
        // seed 000 l.1968: Persentase Penduduk Miskin, target 10,39, realisasi 10,93, capaian 95,06
        Recomputed outcome = check.check(capaian(1968, "Persentase Penduduk Miskin", "10,39", "10,93",
                "95,06"), Arah.TURUN);

        // the rules' default is the regulation's (2 × 10,39 − 10,93) / 10,39 × 100 = 94,80
        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("94.8026948989"));
        Finding f = outcome.finding().orElseThrow();
        assertThat(f.category()).isEqualTo(Category.CAPAIAN_MISMATCH);
        assertThat(f.rule()).isEqualTo("capaian.inverse-formula");
        assertThat(f.severity()).isEqualTo(settings.otherFormulaSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.value()).isEqualTo("95,06");
        assertThat(f.expected()).isEqualTo("94.8");
        assertThat(f.message().key()).isEqualTo("capaian.other-formula");
        assertThat(((Message) f.message().args().get(2)).key()).isEqualTo("formula.turun.ratio");
        assertThat(((Message) f.message().args().get(3)).key()).isEqualTo("formula.turun.regulation");
    }

    @Test
    void turunFigureIsConsistentUnderTheRatioFormulaWhenTheRulesChooseIt() {
        CheckSettings ratio = withFormula(settings, InverseFormula.RATIO);
        Recomputed outcome = new CapaianCheck(ratio, new Findings(ratio)).check(
                capaian(1968, "Persentase Penduduk Miskin", "10,39", "10,93", "95,06"), Arah.TURUN);

        assertThat(outcome.finding()).isEmpty();
        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95.0594693504"));
    }

    @Test
    void turunFigureMatchingOnlyTheRegulationFormulaIsInverseFormulaUnderTheRatioRule() {
        CheckSettings ratio = withFormula(settings, InverseFormula.RATIO);
        Finding f = new CapaianCheck(ratio, new Findings(ratio)).check(
                capaian(1968, "Persentase Penduduk Miskin", "10,39", "10,93", "94,80"), Arah.TURUN)
                .finding().orElseThrow();

        assertThat(f.rule()).isEqualTo("capaian.inverse-formula");
        assertThat(f.expected()).isEqualTo("95.06");
    }

    @Test
    void turunFigureMatchingNeitherFormulaIsAnOrdinaryMismatch() {
        Finding f = check.check(capaian(1968, "Persentase Penduduk Miskin", "10,39", "10,93", "100"), Arah.TURUN)
                .finding().orElseThrow();

        assertThat(f.rule()).isEqualTo("capaian.recompute");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).isEqualTo("94.8");
    }

    @ParameterizedTest(name = "[{index}] target {0}, realisasi {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # target | realisasi | recomputed
            10       | 8         | 120
            10       | 10        | 100
            10       | 15        | 50
            10       | 20        | 0
            10       | 25        | 0
            """)
    void turunRegulationFormulaIsTwoTargetsLessRealisasiOverTargetFlooredAtZero(String target, String realisasi,
            String recomputed) {
        Recomputed outcome = check.check(capaian(3, "Angka Kematian Bayi", target, realisasi, ""),
                Arah.TURUN);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(recomputed));
        assertThat(outcome.finding()).isEmpty();
    }

    @Test
    void turunRatioFormulaIsTargetOverRealisasi() {
        assertThat(CapaianCheck.compute(Arah.TURUN, stated("8", 3).value(), stated("10", 4).value(),
                InverseFormula.RATIO)).hasValueSatisfying(c -> {
                    assertThat(c.value()).isEqualByComparingTo("80");
                    assertThat(c.formula().key()).isEqualTo("formula.turun.ratio");
                });
    }

    @Test
    void flooredTurunCapaianIsReportedAgainstAStatedNegativeFigure() {
        Finding f = check.check(capaian(3, "Angka Kematian Bayi", "10", "25", "-50"), Arah.TURUN).finding()
                .orElseThrow();

        assertThat(f.rule()).isEqualTo("capaian.recompute");
        assertThat(f.expected()).isEqualTo("0");
    }

    @Test
    void gradeWithAScoreCountsAsThatScore() {
        // seed 003 l.573: Nilai Evaluasi SAKIP, target B(64,59), realisasi 61,90, capaian 95
        Recomputed outcome = check.check(capaian(573, "Nilai Evaluasi SAKIP Kecamatan Sumber Harta",
                "B(64,59)", "61,90", "95"), Arah.NAIK);

        assertThat(outcome.finding()).isEmpty();
        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95.8352686174"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                            | arah  | target | realisasi
            grades without score (004 no. 8)  | NAIK  | B      | CC
            grade without score against number| NAIK  | B      | 61,90
            zero target                       | NAIK  | 0      | 5
            zero target of a turun indicator  | TURUN | 0      | 5
            zero realisasi of a turun one     | TURUN | 5      | 0
            blank realisasi                   | NAIK  | 80     | ''
            dash realisasi                    | NAIK  | 80     | -
            unreadable target                 | NAIK  | N/A    | 80
            """)
    void capaianThatCannotBeComputedIsNeitherGuessedNorReported(String name, Arah arah, String target,
            String realisasi) {
        Recomputed outcome = check.check(capaian(4, "Indikator", target, realisasi, "100"), arah);

        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.finding()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} of {1} -> 100")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                    | target | realisasi | arah
            004 l.917: Nilai SAKIP. B of B              | B      | B         | NAIK
            000 l.1972: Indeks Pelayanan Publik A-      | A-     | A-        | NAIK
            000 l.2345: Opini BPK WTP of WTP*           | WTP    | WTP*      | BINER
            000 l.2463: Nilai LPPD Sedang of Sedang*    | Sedang | Sedang*   | NAIK
            000 l.2236: B (61) of B, one scored         | B (61) | B         | NAIK
            equal grades on a lower-is-better indicator | BB     | bb        | TURUN
            """)
    void aGradeAgainstTheSameGradeIs100UnderAnyScale(String source, String target, String realisasi, Arah arah) {
        Recomputed outcome = check.check(capaian(12, "Nilai SAKIP", target, realisasi, "100"), arah);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(outcome.finding()).isEmpty();
    }

    @Test
    void gradesWithTheSameLabelAndTwoScoresCountAsTheirScores() {
        Recomputed outcome = check.check(capaian(12, "Nilai SAKIP", "B (64,59)", "B (61,90)", ""), Arah.NAIK);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95.8352686174"));
    }

    @Test
    void anIndicatorsOwnInverseFormulaIsUsedAndTheRegionsIsTheOtherOne() {
        // seed 000 l.1970 with a catalogue entry that computes poverty as target / realisasi
        Recomputed outcome = check.check(capaian(1968, "Persentase Penduduk Miskin", "10,39", "10,93", "94,80"),
                Arah.TURUN, InverseFormula.RATIO);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95.0594693504"));
        Finding f = outcome.finding().orElseThrow();
        assertThat(f.rule()).isEqualTo("capaian.inverse-formula");
        assertThat(((Message) f.message().args().get(2)).key()).isEqualTo("formula.turun.regulation");
        assertThat(((Message) f.message().args().get(3)).key()).isEqualTo("formula.turun.ratio");
        assertThat(check.check(capaian(1968, "Persentase Penduduk Miskin", "10,39", "10,93", "95,06"), Arah.TURUN,
                InverseFormula.RATIO).finding()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] 3 ± 1, realisasi {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # realisasi | recomputed
            3           | 100
            2           | 100
            4           | 100
            3,5         | 100
            1           | 50
            5           | 75
            8           | 0
            """)
    void rentangInsideTheBandIs100ElseComparedWithTheNearestBound(String realisasi, String recomputed) {
        Recomputed outcome = check.check(capaian(11, "Indeks Inflasi", "3 ± 1", realisasi, ""),
                Arah.RENTANG);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(recomputed));
    }

    @Test
    void rentangStated100InsideTheBandIsConsistent() {
        assertThat(check.check(capaian(11, "Indeks Inflasi", "3 ± 1", "2,8", "100"), Arah.RENTANG).finding())
                .isEmpty();
    }

    @ParameterizedTest(name = "[{index}] target {0}, realisasi {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # target | realisasi | recomputed
            WTP      | WTP       | 100
            WTP      | wtp       | 100
            WTP      | WDP       | 0
            Ada      | Tidak Ada | 0
            """)
    void binerIs100WhenRealisasiStatesWhatTheTargetStatesElse0(String target, String realisasi, String recomputed) {
        Recomputed outcome = check.check(capaian(13, "Opini LHP BPK", target, realisasi, ""), Arah.BINER);

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(recomputed));
    }

    @Test
    void binerStated100ForWtpAgainstWtpIsConsistent() {
        // seed 004 Tabel 3.2 no. 9: Opini LHP BPK WTP / WTP = 100
        assertThat(check.check(capaian(13, "Opini LHP BPK", "WTP", "WTP", "100"), Arah.BINER).finding()).isEmpty();
    }

    @Test
    void binerStated100ForAMissedOpinionIsAMismatch() {
        Finding f = check.check(capaian(13, "Opini LHP BPK", "WTP", "WDP", "100"), Arah.BINER).finding()
                .orElseThrow();

        assertThat(f.rule()).isEqualTo("capaian.recompute");
        assertThat(f.expected()).isEqualTo("0");
    }

    @Test
    void recordWithoutAStatedCapaianGetsARecomputedFigureAndNoFinding() {
        Recomputed outcome = check.check(capaian(6, "Indikator", "84", "79,35", ""), Arah.NAIK);

        assertThat(outcome.finding()).isEmpty();
        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("94.4642857143"));
    }

    @Test
    void toleranceFromTheRulesAcceptsASmallDifference() {
        CheckSettings lenient = withTolerance(settings, dec("0.5"));
        CapaianCheck lenientCheck = new CapaianCheck(lenient, new Findings(lenient));

        assertThat(lenientCheck.check(capaian(5, "IKM", "84", "79,35", "94,05%"), Arah.NAIK).finding()).isEmpty();
        assertThat(lenientCheck.check(capaian(5, "IKM", "84", "79,35", "93,90%"), Arah.NAIK).finding()).isPresent();
    }

    @Test
    void computeReturnsNothingForANaikIndicatorWithoutATarget() {
        assertThat(CapaianCheck.compute(Arah.NAIK, stated("", 3).value(), stated("5", 4).value(),
                InverseFormula.REGULATION)).isEqualTo(Optional.empty());
    }
}
