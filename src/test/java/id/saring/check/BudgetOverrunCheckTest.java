package id.saring.check;

import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.REALISASI_ANGGARAN;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Severity;
import id.saring.rules.BudgetRules.Section;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BudgetOverrunCheckTest {

    private final BudgetOverrunCheck check = new BudgetOverrunCheck(new Findings(RULES.checks()));

    // seed 000 l.2992: realisasi 7 rupiah above pagu, capaian shown as 100,00
    private final BudgetLine cicilan = line(2992, "Pembayaran Cicilan Pokok Utang yang Jatuh Tempo", "6.278.516.132",
            "6.278.516.139,00");

    @Test
    void realisasiAbovePaguOnAnExpenditureLineIsAnOverrun() {
        Finding f = check.check(cicilan, Optional.of(Section.EXPENDITURE)).orElseThrow();

        assertThat(f.category()).isEqualTo(Category.BUDGET_OVERRUN);
        assertThat(f.rule()).isEqualTo("budget.overrun");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 2992, REALISASI_ANGGARAN));
        assertThat(f.value()).isEqualTo("6.278.516.139,00");
        assertThat(f.expected()).isEqualTo("6278516132");
        assertThat(f.message().key()).isEqualTo("budget.overrun");
        assertThat(f.message().args()).hasSize(4);
        assertThat(f.message().args().get(0)).isEqualTo("6.278.516.139,00");
        assertThat(f.message().args().get(1)).isEqualTo("C2992");
        assertThat((BigDecimal) f.message().args().get(2)).isEqualByComparingTo("6278516132");
        assertThat((BigDecimal) f.message().args().get(3)).isEqualByComparingTo("7");
    }

    @Test
    void lineOutsideAnyKnownSectionCanOverrun() {
        assertThat(check.check(cicilan, Optional.empty())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = Section.class, names = {"REVENUE", "FINANCING", "BALANCE"})
    void realisasiAboveTargetOutsideExpenditureIsNotAnOverrun(Section section) {
        // seed 000 l.2942: Pajak Daerah 118.950.890.750 against a target of 90.635.401.852
        BudgetLine pajak = line(2942, "Pajak Daerah", "90.635.401.852", "118.950.890.750,00");

        assertThat(check.check(pajak, Optional.of(section))).isEmpty();
        assertThat(check.check(cicilan, Optional.of(section))).isEmpty();
    }

    @Test
    void realisasiEqualToOrBelowPaguIsNotAnOverrun() {
        assertThat(check.check(line(2990, "Pembentukan Dana Cadangan", "30.000.000.000", "30.000.000.000,00"),
                Optional.of(Section.EXPENDITURE))).isEmpty();
        assertThat(check.check(line(2991, "Penyertaan Modal Daerah", "20.000.000.000", "18.582.617.000,00"),
                Optional.of(Section.EXPENDITURE))).isEmpty();
    }

    @Test
    void lineWithoutAPaguOrARealisasiIsNotAnOverrun() {
        assertThat(check.check(line(2988, "PEMBIAYAAN", "", ""), Optional.of(Section.EXPENDITURE))).isEmpty();
        assertThat(check.check(line(2988, "Belanja", "", "1.000"), Optional.of(Section.EXPENDITURE))).isEmpty();
    }
}
