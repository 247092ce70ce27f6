package id.saring.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words a table's layout is recognised by, from {@code rules/columns.yaml}: header aliases per field,
 * header words that mark a column to leave alone, and the words of total, average, caption, closing and
 * title rows.
 */
public final class HeaderVocabulary {

    /** What a header text was matched to: a field, or a column to leave alone when {@code field} is empty. */
    public record Match(Optional<Field> field, String alias, int words, int position) {

        boolean beats(Match other) {
            return other == null || words > other.words || (words == other.words && position > other.position);
        }
    }

    private final Map<Field, List<String>> aliases;
    private final List<String> ignored;
    private final List<String> unitLabels;
    private final RowWords rows;
    private final List<String> agencyWords;
    private final List<String> agencyLabels;

    /** Words of special rows, all normalised with {@link Words#normalise}. */
    public record RowWords(List<String> total, List<String> grandTotal, List<String> average, List<String> caption,
            List<String> end) {
    }

    /**
     * @param aliases      header aliases per field, in the order ties are decided
     * @param ignored      header texts of columns that hold none of the fields (final targets, notes)
     * @param unitLabels   texts of a header row that only gives units ({@code Rp}, {@code %})
     * @param agencyWords  words that start an agency name in a title ({@code Kecamatan}, {@code Dinas})
     * @param agencyLabels labels followed by a colon and the agency name ({@code OPD :})
     */
    public HeaderVocabulary(Map<Field, List<String>> aliases, List<String> ignored, List<String> unitLabels,
            RowWords rows, List<String> agencyWords, List<String> agencyLabels) {
        Map<Field, List<String>> normalised = new LinkedHashMap<>();
        aliases.forEach((field, list) -> normalised.put(field, list.stream().map(Words::normalise).toList()));
        this.aliases = normalised;
        this.ignored = ignored.stream().map(Words::normalise).toList();
        this.unitLabels = unitLabels.stream().map(Words::normalise).toList();
        this.rows = new RowWords(norm(rows.total()), norm(rows.grandTotal()), norm(rows.average()),
                norm(rows.caption()), norm(rows.end()));
        this.agencyWords = norm(agencyWords);
        this.agencyLabels = norm(agencyLabels);
    }

    private static List<String> norm(List<String> words) {
        return words.stream().map(Words::normalise).toList();
    }

    /**
     * The field whose alias, found as whole words in {@code headerText}, is longest; an ignore-word of
     * more words wins over a shorter field alias ({@code Target Akhir Renstra} is not a target). Ties go to
     * the alias found later in the text: in a two-row header the lower row is the more specific one
     * ({@code Indikator Target} is a target).
     */
    public Optional<Match> match(String headerText) {
        String text = Words.normalise(headerText);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Match best = null;
        for (Map.Entry<Field, List<String>> e : aliases.entrySet()) {
            for (String alias : e.getValue()) {
                best = better(best, text, alias, Optional.of(e.getKey()));
            }
        }
        for (String alias : ignored) {
            best = better(best, text, alias, Optional.empty());
        }
        return Optional.ofNullable(best);
    }

    /** True for a header text that only states a unit, such as {@code (Rp)} under {@code Realisasi}. */
    public boolean isUnitLabel(String text) {
        return unitLabels.contains(Words.normalise(text));
    }

    public RowWords rows() {
        return rows;
    }

    public List<String> agencyWords() {
        return agencyWords;
    }

    public List<String> agencyLabels() {
        return agencyLabels;
    }

    private static Match better(Match best, String text, String alias, Optional<Field> field) {
        int position = (" " + text + " ").lastIndexOf(" " + alias + " ");
        if (alias.isEmpty() || position < 0) {
            return best;
        }
        Match candidate = new Match(field, alias, wordCount(alias), position);
        return candidate.beats(best) ? candidate : best;
    }

    private static int wordCount(String normalised) {
        return normalised.isEmpty() ? 0 : normalised.split(" ").length;
    }
}
