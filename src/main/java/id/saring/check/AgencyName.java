package id.saring.check;

import id.saring.layout.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An agency's name as titles and folders write it, compared the way a reader would: {@code Kab.} is Kabupaten,
 * {@code Setda} is Sekretariat Daerah, {@code Pemkab} Pemerintah Kabupaten; and a name is the same agency as a
 * longer one that adds words to it ({@code Kecamatan Sumber Harta} and {@code Kecamatan Sumber Harta Kabupaten Musi
 * Rawas}, seed 003; {@code Setda Bengkulu Selatan} and {@code Sekretariat Daerah Kab. Bengkulu Selatan}, seed 004).
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

    private final List<String> words;

    public AgencyName(String name) {
        List<String> expanded = new ArrayList<>();
        String normalised = Words.normaliseName(name);
        if (!normalised.isEmpty()) {
            for (String w : normalised.split(" ")) {
                expanded.addAll(ABBREVIATIONS.getOrDefault(w, List.of(w)));
            }
        }
        this.words = List.copyOf(expanded);
    }

    public boolean sameAs(AgencyName other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return words.isEmpty() && other.words.isEmpty();
        }
        return words.size() <= other.words.size() ? within(words, other.words) : within(other.words, words);
    }

    /** True when every word of {@code shorter} appears in {@code longer}, in the same order. */
    private static boolean within(List<String> shorter, List<String> longer) {
        int at = 0;
        for (String w : longer) {
            if (at < shorter.size() && shorter.get(at).equals(w)) {
                at++;
            }
        }
        return at == shorter.size();
    }
}
