package id.saring.value;

import id.saring.layout.Words;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The grade and predicate words that configured scales know ({@code BB}, {@code WTP}, {@code Sangat Baik},
 * {@code Ada}); a cell holding one of them is a grade, not an unreadable number.
 */
public final class GradeVocabulary {

    private final Map<String, String> byKey = new HashMap<>();

    public GradeVocabulary(Collection<String> labels) {
        for (String label : labels) {
            byKey.putIfAbsent(key(label), label.strip());
        }
    }

    /** Whether some label holds a digit ({@code "A (1)"}): only then can the text of a number be a label. */
    public boolean holdsDigits() {
        return byKey.keySet().stream().anyMatch(k -> k.chars().anyMatch(Character::isDigit));
    }

    /** The label as the rule files write it, if {@code text} is one (case and spacing ignored). */
    public Optional<String> find(String text) {
        return Optional.ofNullable(byKey.get(key(text)));
    }

    /** The form in which two labels are the same grade: case and spacing ignored, {@code "A -"} is {@code "a-"}. */
    public static String key(String text) {
        return Words.squeeze(text.strip()).replace(" -", "-").toLowerCase(Locale.ROOT);
    }
}
