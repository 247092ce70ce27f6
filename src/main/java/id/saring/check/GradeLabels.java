package id.saring.check;

import id.saring.rules.Scale;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every grade and band label of the configured scales ({@code BB}, {@code WTP}, {@code Sangat Baik},
 * {@code Kurang}), compared as the value stage compares grades: case and spacing ignored.
 */
final class GradeLabels {

    private static final Pattern FOOTNOTE = Pattern.compile("[*\u2020\u00b9\u00b2\u00b3]+$");
    private static final Pattern SCORE = Pattern.compile("\\s*\\.?\\s*\\([^()]*\\)\\s*$");

    private final Set<String> keys = new HashSet<>();

    GradeLabels(Collection<Scale> scales) {
        for (Scale s : scales) {
            s.grades().forEach(g -> keys.add(key(g)));
            s.bands().forEach(b -> keys.add(key(b.label())));
        }
    }

    boolean knows(String label) {
        return keys.contains(key(label));
    }

    /** The label a cell states without its footnote mark and its score: {@code BBB (75,2)*} is {@code BBB}. */
    static String labelOf(String shown) {
        String s = FOOTNOTE.matcher(shown.strip()).replaceFirst("").strip();
        return SCORE.matcher(s).replaceFirst("").strip();
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The band label of {@code scale} that {@code label} names, as the scale writes it. */
    static Optional<String> bandOf(Scale scale, String label) {
        return scale.bands().stream().map(Scale.Band::label).filter(l -> same(l, label)).findFirst();
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").replace(" -", "-").toLowerCase(Locale.ROOT);
    }
}
