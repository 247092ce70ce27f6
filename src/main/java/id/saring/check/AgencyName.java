package id.saring.check;

import id.saring.layout.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agency's name as titles and folders write it, compared the way a reader would: {@code Kab.} is Kabupaten,
 * {@code Setda} is Sekretariat Daerah, {@code Pemkab} Pemerintah Kabupaten; and a name is the same agency as a
 * longer one that adds its region to it ({@code Kecamatan Sumber Harta} and {@code Kecamatan Sumber Harta Kabupaten
 * Musi Rawas}, seed 003; {@code Setda Bengkulu Selatan} and {@code Sekretariat Daerah Kab. Bengkulu Selatan}, seed
 * 004), but not one that adds other words ({@code Kecamatan Lubai Ulu} is not {@code Kecamatan Lubai}).
 * An agency nobody named is only the same as another nobody named.
 */
public final class AgencyName {

    /** Abbreviations of the words agency names are made of, used across Indonesia. */
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "kab", List.of("kabupaten"),
            "kec", List.of("kecamatan"),
            "prov", List.of("provinsi"),
            "pemkab", List.of("pemerintah", "kabupaten"),
            "pemkot", List.of("pemerintah", "kota"),
            "pemprov", List.of("pemerintah", "provinsi"),
            "setda", List.of("sekretariat", "daerah"),
            "setwan", List.of("sekretariat", "dprd"));

    /** Words that say what kind of region an agency belongs to, which a longer name may add. */
    private static final Set<String> REGION_KINDS = Set.of("pemerintah", "kabupaten", "kota", "provinsi");

    private final List<String> words;
    /**
     * The words that are not {@link #REGION_KINDS}: of two names of one agency, the shorter one's are the first of
     * the longer one's ({@link #within}), so names whose first such words differ are compared no further.
     */
    private final String[] core;
    /** {@link #coreKeys()}, made once: an index asks for them of every place that states an indicator. */
    private final List<String> coreKeys;

    public AgencyName(String name) {
        List<String> expanded = new ArrayList<>();
        String normalised = Words.normaliseName(name);
        if (!normalised.isEmpty()) {
            for (String w : normalised.split(" ")) {
                expanded.addAll(ABBREVIATIONS.getOrDefault(w, List.of(w)));
            }
        }
        this.words = List.copyOf(expanded);
        this.core = expanded.stream().filter(w -> !REGION_KINDS.contains(w)).toArray(String[]::new);
        List<String> keys = new ArrayList<>(core.length + 1);
        StringBuilder key = new StringBuilder();
        keys.add("");
        for (String w : core) {
            keys.add(key.append(w).append(' ').toString());
        }
        this.coreKeys = List.copyOf(keys);
    }

    /**
     * Its first words that are not kinds of region, as keys: none of them, the first, the first two, and so on to
     * all of them. Of two names that are {@link #sameAs} each other, one's last key is among the other's keys.
     */
    public List<String> coreKeys() {
        return coreKeys;
    }

    public boolean sameAs(AgencyName other) {
        if (this == other) {
            return true;
        }
        if (words.isEmpty() || other.words.isEmpty()) {
            return words.isEmpty() && other.words.isEmpty();
        }
        for (int i = 0, n = Math.min(core.length, other.core.length); i < n; i++) {
            if (!core[i].equals(other.core[i])) {
                return false;
            }
        }
        return words.size() <= other.words.size() ? within(words, other.words) : within(other.words, words);
    }

    /**
     * True when {@code longer} is {@code shorter} with only what says which region it belongs to added: words of the
     * kind of region anywhere ({@code Sekretariat Daerah Kabupaten Bengkulu Selatan}), or a region after it that
     * starts with its kind ({@code Kecamatan Sumber Harta Kabupaten Musi Rawas}). Any other word makes another
     * agency: {@code Kecamatan Lubai Ulu} is not {@code Kecamatan Lubai}, nor is the Bappeda of {@code Kabupaten Musi
     * Banyuasin} that of {@code Kabupaten Banyuasin}.
     */
    private static boolean within(List<String> shorter, List<String> longer) {
        int at = 0;
        int lastMatched = -1;
        List<String> added = new ArrayList<>();
        for (int i = 0; i < longer.size(); i++) {
            String w = longer.get(i);
            if (at < shorter.size() && shorter.get(at).equals(w)) {
                at++;
                lastMatched = i;
            } else {
                added.add(w);
            }
        }
        if (at < shorter.size()) {
            return false;
        }
        List<String> trailing = longer.subList(lastMatched + 1, longer.size());
        List<String> inside = added.subList(0, added.size() - trailing.size());
        return REGION_KINDS.containsAll(inside) && (trailing.isEmpty() || REGION_KINDS.contains(trailing.get(0)));
    }
}
