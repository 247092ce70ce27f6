package id.saring.check;

import id.saring.rules.Scale;
import id.saring.value.GradeVocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every grade and band label of the configured scales ({@code BB}, {@code WTP}, {@code Sangat Baik},
 * {@code Kurang}), compared as the value stage compares grades ({@link GradeVocabulary#key}).
 */
final class GradeLabels {

    private static final Pattern FOOTNOTE = Pattern.compile("[*\u2020\u00b9\u00b2\u00b3]+$");
    private static final Pattern SCORE = Pattern.compile("\\s*\\.?\\s*\\([^()]*\\)\\s*$");

    private final GradeVocabulary known;

    GradeLabels(Collection<Scale> scales) {
        List<String> labels = new ArrayList<>();
        for (Scale s : scales) {
            labels.addAll(s.grades());
            s.bands().forEach(b -> labels.add(b.label()));
        }
        this.known = new GradeVocabulary(labels);
    }

    boolean knows(String label) {
        return known.find(label).isPresent();
    }

    /** The label a cell states without its footnote mark and its score: {@code BBB (75,2)*} is {@code BBB}. */
    static String labelOf(String shown) {
        String s = FOOTNOTE.matcher(shown.strip()).replaceFirst("").strip();
        return SCORE.matcher(s).replaceFirst("").strip();
    }

    static boolean same(String a, String b) {
        return GradeVocabulary.key(a).equals(GradeVocabulary.key(b));
    }

    /** The band label of {@code scale} that {@code label} names, as the scale writes it. */
    static Optional<String> bandOf(Scale scale, String label) {
        return scale.bands().stream().map(Scale.Band::label).filter(l -> same(l, label)).findFirst();
    }
}
