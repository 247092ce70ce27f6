package id.saring.check;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Ambiguous;
import id.saring.model.Value.Unreadable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbers that cannot be read ({@code unparseable-value}) or read two ways ({@code ambiguous-number}). */
final class ValueFormatCheck {

    private final Findings findings;

    ValueFormatCheck(Findings findings) {
        this.findings = findings;
    }

    List<Finding> check(Location row, List<Stated> values) {
        List<Finding> found = new ArrayList<>();
        for (Stated s : values) {
            Location at = row.withColumn(s.column());
            if (s.value() instanceof Ambiguous a) {
                found.add(findings.of(Category.AMBIGUOUS_NUMBER, "number.ambiguous", at,
                        Message.of("number.ambiguous", s.shown(), at.cell(), a.decimalReading(),
                                a.thousandsReading(), Message.of(s.shown().contains(",") ? "mark.comma" : "mark.dot")),
                        s.shown(), ""));
            } else if (s.value() instanceof Unreadable u) {
                String reason = u.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
                found.add(findings.of(Category.UNPARSEABLE_VALUE, "number.unparseable", at,
                        Message.of("number.unreadable", s.shown(), at.cell(), Message.of("reason." + reason)),
                        s.shown(), ""));
            }
        }
        return found;
    }
}
