package id.saring.check;

import id.saring.layout.Words;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Ambiguous;
import id.saring.model.Value.Reason;
import id.saring.model.Value.Unreadable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Numbers that cannot be read ({@code unparseable-value}) or read two ways ({@code ambiguous-number}). In the
 * columns of other years and targets, which no check uses, only damaged numbers are reported, not words. A
 * target that is only its satuan ({@code Rekening} under satuan {@code Rekening}, seed 003 l.902) says so.
 */
final class ValueFormatCheck {

    private final Findings findings;

    ValueFormatCheck(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param satuan the row's satuan, empty when it has none
     */
    List<Finding> check(Location row, String satuan, List<Stated> values, List<Stated> otherYears) {
        List<Finding> found = new ArrayList<>();
        for (Stated s : values) {
            report(row, satuan, s, found);
        }
        for (Stated s : otherYears) {
            boolean words = s.value() instanceof Unreadable u
                    && (u.reason() == Reason.NOT_A_NUMBER || u.reason() == Reason.SPREADSHEET_ERROR);
            if (!words) {
                report(row, satuan, s, found);
            }
        }
        return found;
    }

    private void report(Location row, String satuan, Stated s, List<Finding> found) {
        Location at = row.withColumn(s.column());
        if (s.value() instanceof Ambiguous a) {
            found.add(findings.of(Category.AMBIGUOUS_NUMBER, "number.ambiguous", at,
                    Message.of("number.ambiguous", s.shown(), at.cell(), a.decimalReading(),
                            a.thousandsReading(), Message.of(s.shown().contains(",") ? "mark.comma" : "mark.dot")),
                    s.shown(), ""));
        } else if (s.value() instanceof Unreadable u) {
            boolean unitOnly = u.reason() == Reason.NOT_A_NUMBER && !satuan.isBlank()
                    && Words.normalise(s.shown()).equals(Words.normalise(satuan));
            String reason = unitOnly ? "unit-only" : u.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
            found.add(findings.of(Category.UNPARSEABLE_VALUE, "number.unparseable", at,
                    Message.of("number.unreadable", s.shown(), at.cell(), Message.of("reason." + reason)),
                    s.shown(), ""));
        }
    }
}
