package id.saring.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The words a table's layout is recognised by, from {@code rules/columns.yaml}: header aliases per field,
 * header words that mark a column to leave alone, and the words of total, average, caption, closing and
 * title rows.
 */
public final class HeaderVocabulary {

    /**
     * What a header text was matched to: a field, or a column to leave alone when {@code field} is empty.
     *
     * @param confidence 1 for an alias found as written; less for one found with typos ({@code Tatget} is
     *                   0,83 of {@code target}): one minus the edits per letter of the alias
     */
    public record Match(Optional<Field> field, String alias, int words, int position, double confidence) {

        boolean beats(Match other) {
            if (other == null || words != other.words) {
                return other == null || words > other.words;
            }
            if (confidence != other.confidence) {
                return confidence > other.confidence;
            }
            // a word beats a sign: "Target (%)" is a target stated in percent, not a capaian
            boolean wordy = alias.chars().anyMatch(Character::isLetter);
            if (wordy != other.alias.chars().anyMatch(Character::isLetter)) {
                return wordy;
            }
            return position > other.position;
        }
    }

    private static final int MEMO_SIZE = 10_000;
    private static final int LONGEST_FUZZY_TEXT = 80;
    private final LevenshteinDistance distance = new LevenshteinDistance(2);
    private final Map<String, Optional<Match>> memo = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Match>> eldest) {
            return size() > MEMO_SIZE;
        }
    };

    private final Map<Field, List<String>> aliases;
    private final List<String> ignored;
    private final Map<String, Field> fallback = new HashMap<>();
    private final List<String> unitLabels;
    private final RowWords rows;
    private final List<String> agencyWords;
    private final List<String> agencyLabels;

    /** Words of special rows, all normalised with {@link Words#normalise}. */
    public record RowWords(List<String> total, List<String> grandTotal, List<String> average, List<String> heading,
            List<String> caption, List<String> end) {
    }

    /**
     * @param aliases      header aliases per field, in the order ties are decided
     * @param ignored      header texts of columns that hold none of the fields (final targets, notes)
     * @param fallback     header texts of columns that hold a field only in a table that names no measure of its
     *                     own ({@code Kondisi Akhir} of an RPJMD is its target), ignored otherwise
     * @param unitLabels   texts of a header row that only gives units ({@code Rp}, {@code %})
     * @param agencyWords  words that start an agency name in a title ({@code Kecamatan}, {@code Dinas})
     * @param agencyLabels labels followed by a colon and the agency name ({@code OPD :})
     */
    public HeaderVocabulary(Map<Field, List<String>> aliases, List<String> ignored, Map<Field, List<String>> fallback,
            List<String> unitLabels, RowWords rows, List<String> agencyWords, List<String> agencyLabels) {
        Map<Field, List<String>> normalised = new LinkedHashMap<>();
        aliases.forEach((field, list) -> normalised.put(field, list.stream().map(Words::normalise).toList()));
        this.aliases = normalised;
        fallback.forEach((field, list) -> list.forEach(alias -> this.fallback.put(Words.normalise(alias), field)));
        this.ignored = Stream.concat(ignored.stream().map(Words::normalise), this.fallback.keySet().stream()).toList();
        this.unitLabels = unitLabels.stream().map(Words::normalise).toList();
        this.rows = new RowWords(norm(rows.total()), norm(rows.grandTotal()), norm(rows.average()),
                norm(rows.heading()), norm(rows.caption()), norm(rows.end()));
        this.agencyWords = norm(agencyWords);
        this.agencyLabels = norm(agencyLabels);
    }

    private static List<String> norm(List<String> words) {
        return words.stream().map(Words::normalise).toList();
    }

    /**
     * The field whose alias, found as whole words in {@code headerText}, is longest; an ignore-word of
     * more words wins over a shorter field alias ({@code Target Akhir Renstra} is not a target). An alias is
     * also found with typos: a word of five letters or more one edit away ({@code Tatget}, {@code Anggran}),
     * of eight or more two edits away ({@code Ralisasi}), or split in two ({@code SAT UAN}); such a match has
     * a confidence below 1. Between aliases of equal length the surer one wins, then a word over a sign
     * ({@code Target (%)} is a target), then the one found later in the text: in a two-row header the lower row is
     * the more specific one ({@code Indikator Target} is a target).
     */
    public Optional<Match> match(String headerText) {
        String text = Words.normalise(headerText);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        synchronized (memo) {
            Optional<Match> known = memo.get(text);
            if (known != null) {
                return known;
            }
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
        Optional<Match> found = Optional.ofNullable(best);
        synchronized (memo) {
            memo.put(text, found);
        }
        return found;
    }

    /**
     * The field a column holds when its table names no measure of its own, for a header that matched {@code alias}
     * of columns.yaml's {@code fallback}; empty for any other alias.
     */
    public Optional<Field> fallback(String alias) {
        return Optional.ofNullable(fallback.get(alias));
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

    private Match better(Match best, String text, String alias, Optional<Field> field) {
        if (alias.isEmpty()) {
            return best;
        }
        int position = (" " + text + " ").lastIndexOf(" " + alias + " ");
        Match candidate = position >= 0 ? new Match(field, alias, wordCount(alias), position, 1.0)
                : text.length() <= LONGEST_FUZZY_TEXT ? fuzzy(text, alias, field) : null;
        return candidate != null && candidate.beats(best) ? candidate : best;
    }

    /** The alias found in {@code text} with typos, at its last place, or null. */
    private Match fuzzy(String text, String alias, Optional<Field> field) {
        String[] words = text.split(" ");
        String[] want = alias.split(" ");
        Match found = null;
        for (int start = 0; start < words.length; start++) {
            int edits = 0;
            int at = start;
            boolean matched = true;
            for (String w : want) {
                if (at < words.length && words[at].equals(w)) {
                    at++;
                } else if (at < words.length && w.length() >= 5 && close(words[at], w)) {
                    edits += distance.apply(words[at], w);
                    at++;
                } else if (at + 1 < words.length && w.length() >= 5 && (words[at] + words[at + 1]).equals(w)) {
                    edits += 1; // a word typed in two pieces: SAT UAN
                    at += 2;
                } else {
                    matched = false;
                    break;
                }
            }
            if (matched && edits > 0) {
                int letters = alias.replace(" ", "").length();
                int position = String.join(" ", java.util.Arrays.asList(words).subList(0, start)).length();
                found = new Match(field, alias, want.length, position, 1.0 - (double) edits / letters);
            }
        }
        return found;
    }

    /** One edit apart for a word of five to seven letters, two for longer words; letters only. */
    private boolean close(String typed, String word) {
        if (!typed.chars().allMatch(Character::isLetter)) {
            return false;
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        int d = distance.apply(typed, word);
        return d >= 0 && d <= allowed;
    }

    private static int wordCount(String normalised) {
        return normalised.isEmpty() ? 0 : normalised.split(" ").length;
    }
}
