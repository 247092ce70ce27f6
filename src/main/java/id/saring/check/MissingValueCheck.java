package id.saring.check;

import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Blank;
import id.saring.model.Value.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A required value that is blank or only a dash ({@code missing-value}), reported at the empty cell.
 *
 * <ul>
 *   <li>The target or the realisasi of an indicator, in a table that has that column; in a table without an
 *       indicator column, of a row that states the other one.</li>
 *   <li>The capaian, in a table that has that column, of a row that states its target and realisasi.</li>
 *   <li>The pagu of a budget line that states a realisasi. Programme and kegiatan lines without any amount
 *       are normal in budgets and are not reported.</li>
 * </ul>
 * {@code N/A} says there is nothing to state and is not missing; columns of other years are not required.
 */
final class MissingValueCheck {

    private final Findings findings;

    MissingValueCheck(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param recomputed the capaian recomputed from target and realisasi at two decimals, empty when it cannot be
     */
    List<Finding> check(CapaianRecord record, Optional<BigDecimal> recomputed) {
        List<Finding> found = new ArrayList<>();
        boolean named = !record.indikator().isBlank();
        boolean hasTarget = stated(record.target());
        boolean hasRealisasi = stated(record.realisasi());
        if (missing(record.target()) && (named || hasRealisasi)) {
            found.add(finding(record.location(), record.target(), "missing.target", ""));
        }
        if (missing(record.realisasi()) && (named || hasTarget)) {
            found.add(finding(record.location(), record.realisasi(), "missing.realisasi", ""));
        }
        if (missing(record.capaian()) && hasTarget && hasRealisasi) {
            Location at = record.location().withColumn(record.capaian().column());
            Message message = recomputed.isPresent()
                    ? Message.of("missing.capaian", at.cell(), blank(record.capaian()), recomputed.get())
                    : Message.of("missing.capaian-not-computable", at.cell(), blank(record.capaian()));
            found.add(findings.of(Category.MISSING_VALUE, "value.missing", at, message, record.capaian().shown(),
                    recomputed.map(Findings::plain).orElse("")));
        }
        return found;
    }

    Optional<Finding> check(BudgetLine line) {
        if (!missing(line.pagu()) || !(line.realisasi().value() instanceof Quantity realisasi)
                || realisasi.amount().signum() == 0) {
            return Optional.empty();
        }
        Location at = line.location().withColumn(line.pagu().column());
        return Optional.of(findings.of(Category.MISSING_VALUE, "value.missing", at,
                Message.of("missing.pagu", at.cell(), realisasi.amount()), line.pagu().shown(), ""));
    }

    private Finding finding(Location row, Stated empty, String key, String expected) {
        Location at = row.withColumn(empty.column());
        return findings.of(Category.MISSING_VALUE, "value.missing", at, Message.of(key, at.cell(), blank(empty)),
                empty.shown(), expected);
    }

    /** A cell of the table's column that is empty or only a dash; {@code N/A} states that nothing applies. */
    private static boolean missing(Stated s) {
        return s.column() >= 0 && s.value() instanceof Blank b && (b.dash() || s.shown().isBlank());
    }

    private static boolean stated(Stated s) {
        return s.column() >= 0 && !(s.value() instanceof Blank);
    }

    private static Message blank(Stated s) {
        return Message.of(s.shown().isBlank() ? "blank.empty" : "blank.dash");
    }
}
