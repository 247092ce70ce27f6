package id.saring.check;

import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Value.Quantity;
import id.saring.rules.CheckSettings;
import java.math.BigDecimal;
import java.util.Optional;

/** Budget absorption (serapan) recomputed as realisasi / pagu × 100 ({@code absorption-mismatch}). */
final class AbsorptionCheck {

    private final CheckSettings settings;
    private final Findings findings;

    AbsorptionCheck(CheckSettings settings, Findings findings) {
        this.settings = settings;
        this.findings = findings;
    }

    Recomputed check(BudgetLine line) {
        Optional<BigDecimal> pagu = Numbers.amount(line.pagu());
        Optional<BigDecimal> realisasi = Numbers.amount(line.realisasi());
        if (pagu.isEmpty() || realisasi.isEmpty() || pagu.get().signum() == 0) {
            return Recomputed.notComputable();
        }
        BigDecimal computed = Numbers.percent(realisasi.get(), pagu.get());
        if (!(line.serapan().value() instanceof Quantity stated)
                || Numbers.consistent(computed, stated, settings.serapanTolerance())) {
            return Recomputed.consistent(computed);
        }
        Location at = line.location().withColumn(line.serapan().column());
        String shown = line.serapan().shown();
        return new Recomputed(Optional.of(computed), Optional.of(findings.of(Category.ABSORPTION_MISMATCH,
                "serapan.recompute", at, Message.of("serapan.mismatch", shown, at.cell(), realisasi.get(), pagu.get(),
                        Numbers.twoDecimals(computed)),
                shown, Findings.plain(computed))));
    }
}
