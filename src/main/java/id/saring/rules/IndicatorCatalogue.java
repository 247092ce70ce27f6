package id.saring.rules;

import id.saring.layout.Words;
import id.saring.model.Arah;
import java.util.List;
import java.util.Map;

/** Which way is better for an indicator, from {@code rules/indicators.yaml}. */
public final class IndicatorCatalogue {

    /** Where a direction came from: a catalogue entry, a keyword of the name, or the default. */
    public enum Source { CATALOGUE, KEYWORD, DEFAULT }

    /**
     * @param entry the catalogue entry's name, or the keyword, that decided it; empty for the default
     */
    public record Direction(Arah arah, Source source, String entry) {
    }

    /** One catalogue entry with its aliases normalised. */
    public record Entry(String name, List<String> aliases, Arah arah, String satuan) {
    }

    private final List<Entry> entries;
    private final Map<Arah, List<String>> keywords;
    private final Arah defaultArah;

    public IndicatorCatalogue(List<Entry> entries, Map<Arah, List<String>> keywords, Arah defaultArah) {
        this.entries = entries.stream()
                .map(e -> new Entry(e.name(), e.aliases().stream().map(Words::normalise).toList(), e.arah(), e.satuan()))
                .toList();
        this.keywords = keywords.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Words::normalise).toList()));
        this.defaultArah = defaultArah;
    }

    /** The entry whose alias, found as whole words in the name, is longest; then keywords; then the default. */
    public Direction directionOf(String indikator) {
        String name = Words.normaliseName(indikator);
        Entry best = null;
        int bestWords = 0;
        for (Entry e : entries) {
            for (String alias : e.aliases()) {
                int words = alias.split(" ").length;
                if (words > bestWords && Words.containsPhrase(name, alias)) {
                    best = e;
                    bestWords = words;
                }
            }
        }
        if (best != null) {
            return new Direction(best.arah(), Source.CATALOGUE, best.name());
        }
        for (Map.Entry<Arah, List<String>> k : keywords.entrySet()) {
            for (String word : k.getValue()) {
                if (Words.containsPhrase(name, word)) {
                    return new Direction(k.getKey(), Source.KEYWORD, word);
                }
            }
        }
        return new Direction(defaultArah, Source.DEFAULT, "");
    }
}
