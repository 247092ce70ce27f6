package id.saring.check;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.rules.CheckSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Makes findings with the severity the rule files give each category. */
final class Findings {

    private final CheckSettings settings;

    Findings(CheckSettings settings) {
        this.settings = settings;
    }

    Finding of(Category category, String rule, Location location, Message message, String value, String expected) {
        return of(category, settings.severity(category), rule, location, message, value, expected);
    }

    Finding of(Category category, Severity severity, String rule, Location location, Message message, String value,
            String expected) {
        return new Finding(location, category, rule, severity, message, value, expected);
    }

    /** A machine number for the {@code expected} field: two decimals at most, no trailing zeros. */
    static String plain(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
