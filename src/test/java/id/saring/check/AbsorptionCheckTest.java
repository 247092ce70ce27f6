package id.saring.check;

import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SERAPAN;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.dec;
import static id.saring.check.CheckFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsorptionCheckTest {

    private final AbsorptionCheck check = new AbsorptionCheck(RULES.checks(), new Findings(RULES.checks()));

    private static BudgetLine programme(int row, String pagu, String realisasi, String serapan) {
        return line(row, BudgetLevel.PROGRAM, "Program Pemberdayaan Masyarakat Desa dan Kelurahan", pagu, realisasi,
                serapan);
    }

    @Test
    void statedAbsorptionOtherThanRealisasiOverPaguIsAMismatch() {
        // seed 003 l.868: pagu 241.647.000, realisasi 239.107.600, serapan written as 97 %
        Recomputed outcome = check.check(programme(868, "241.647.000", "239.107.600", "97%"));

        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("98.9491282739"));
        Finding f = outcome.finding().orElseThrow();
        assertThat(f.category()).isEqualTo(Category.ABSORPTION_MISMATCH);
        assertThat(f.rule()).isEqualTo("serapan.recompute");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 868, SERAPAN));
        assertThat(f.value()).isEqualTo("97%");
        assertThat(f.expected()).isEqualTo("98.95");
        assertThat(f.message()).isEqualTo(new Message("serapan.mismatch",
                List.of("97%", "D868", dec("239107600"), dec("241647000"), dec("98.95"))));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} / {2} stated {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                    | pagu                 | realisasi            | serapan | recomputed
            003 l.867: fully spent      | 49.052.750           | 49.052.750           | 100%    | 100
            003 l.869: nothing spent    | 48.560.600           | -                    | 0%      | 0
            000 l.3636 Satpol PP, row 1 | 4.980.849.800        | 4.934.497.150        | 99,07   | 99.0693826985
            001 l.598: 91,19 % truncated| Rp. 3.489.328.596,00 | Rp. 3.182.258.349,00 | 91,19 % | 91.1997325975
            000 l.3651: 96,86 rounded   | 5.309.421.100        | 5.142.876.650        | 96,86   | 96.8632277067
            """)
    void statedAbsorptionTruncatedOrRoundedToItsDecimalsIsConsistent(String source, String pagu, String realisasi,
            String serapan, String recomputed) {
        Recomputed outcome = check.check(programme(3, pagu, realisasi, serapan));

        assertThat(outcome.finding()).isEmpty();
        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(recomputed));
    }

    @Test
    void lineWithoutAStatedAbsorptionGetsARecomputedFigureAndNoFinding() {
        Recomputed outcome = check.check(programme(4, "2.716.508.396", "2.423.155.999", ""));

        assertThat(outcome.finding()).isEmpty();
        assertThat(outcome.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("89.2011231244"));
    }

    @ParameterizedTest(name = "[{index}] pagu ''{0}'', realisasi ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # pagu        | realisasi
            0             | 0
            0             | 1.000.000
            -             | 1.000.000
            ''            | 1.000.000
            1.000.000     | ''
            11.879.357.00 | 1.111.616.623
            """)
    void absorptionWithoutAPositivePaguOrARealisasiIsNotComputable(String pagu, String realisasi) {
        Recomputed outcome = check.check(programme(5, pagu, realisasi, "100%"));

        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.finding()).isEmpty();
    }
}
