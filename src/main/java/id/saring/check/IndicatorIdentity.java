package id.saring.check;

import id.saring.layout.Words;
import id.saring.rules.IndicatorCatalogue;
import id.saring.rules.IndicatorCatalogue.Entry;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two indicator names mean the same indicator: the same words once case, spacing, punctuation, list numbers
 * and asides in brackets are set apart; the same words but for a typo ({@code Peerentase} for {@code Persentase});
 * or names made entirely of one catalogue entry's aliases ({@code Angka Kemiskinan} and {@code Persentase Penduduk
 * Miskin}, {@code Nilai RB} and {@code Nilai Reformasi Birokrasi}).
 *
 * <p>A name that only contains an alias is not the entry: {@code Nilai AKIP Sekretariat Daerah} holds the alias
 * {@code nilai akip} of Nilai SAKIP, yet it is the agency's own score, not the region's (seed 004 l.917-918 list
 * both in one table).
 */
final class IndicatorIdentity {

    private static final int SHORTEST_TYPO_WORD = 5;
    private static final int SHORTEST_TWO_TYPO_WORD = 8;
    private static final int MOST_EDITS = 2;

    private final IndicatorCatalogue catalogue;
    private final LevenshteinDistance distance = new LevenshteinDistance(MOST_EDITS);

    IndicatorIdentity(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The name as compared: normalised, without list numbers and bracketed asides. */
    static String normalised(String indikator) {
        return Words.normaliseName(indikator);
    }

    /** The catalogue entry the whole of a normalised name is made of, if any. */
    Optional<String> entryOf(String name) {
        Optional<Entry> entry = catalogue.entryOf(name);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String[] words = name.split(" ");
        boolean[] covered = new boolean[words.length];
        for (String alias : entry.get().aliases()) {
            String[] want = alias.split(" ");
            for (int start = 0; start + want.length <= words.length; start++) {
                if (Arrays.equals(words, start, start + want.length, want, 0, want.length)) {
                    Arrays.fill(covered, start, start + want.length, true);
                }
            }
        }
        for (boolean c : covered) {
            if (!c) {
                return Optional.empty();
            }
        }
        return Optional.of(entry.get().name());
    }

    /**
     * Two normalised names that differ by typos only: the same words but one or two edits in words of five letters
     * or more (two in words of eight or more, as header typos are read), numbers exactly alike, or a word split in
     * two ({@code per kapita}, {@code perkapita}). {@code Usia 7 - 15 Tahun} and {@code Usia 5- 6 Tahun} differ.
     */
    boolean typoOf(String a, String b) {
        if (a.equals(b) || a.replace(" ", "").equals(b.replace(" ", ""))) {
            return true;
        }
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (wa.length != wb.length) {
            return false;
        }
        int edits = 0;
        for (int i = 0; i < wa.length; i++) {
            if (wa[i].equals(wb[i])) {
                continue;
            }
            int shorter = Math.min(wa[i].length(), wb[i].length());
            if (shorter < SHORTEST_TYPO_WORD || hasDigit(wa[i]) || hasDigit(wb[i])) {
                return false;
            }
            int d = distance.apply(wa[i], wb[i]);
            int allowed = shorter >= SHORTEST_TWO_TYPO_WORD ? 2 : 1;
            if (d < 0 || d > allowed) {
                return false;
            }
            edits += d;
            if (edits > MOST_EDITS) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}
