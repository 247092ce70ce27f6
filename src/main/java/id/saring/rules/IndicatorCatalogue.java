package id.saring.rules;

import id.saring.layout.Words;
import id.saring.model.Arah;
import id.saring.rules.CheckSettings.InverseFormula;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What is known of an indicator by its name, from {@code rules/indicators.yaml}. */
public final class IndicatorCatalogue {

    /** Where a direction came from: a catalogue entry, a keyword of the name, or the default. */
    public enum Source { CATALOGUE, KEYWORD, DEFAULT }

    /**
     * @param entry the catalogue entry's name, or the keyword, that decided it; empty for the default
     */
    public record Direction(Arah arah, Source source, String entry) {
    }

    /**
     * One catalogue entry with its aliases normalised.
     *
     * @param min            the lowest value the indicator can take, if it has one (an index from 0)
     * @param max            the highest value (LPPD 4, IKM 100)
     * @param inverseFormula the inverse formula this indicator is computed with, where it differs from the region's
     * @param scale          the id of the scale its grades come from (SAKIP, BPK opinion)
     */
    public record Entry(String name, List<String> aliases, Arah arah, String satuan, Optional<BigDecimal> min,
            Optional<BigDecimal> max, Optional<InverseFormula> inverseFormula, Optional<String> scale) {
    }

    /**
     * Indicators that are shares of a whole: a percent named with one of {@code words} and none of
     * {@code except} cannot pass 100.
     */
    public record Proportions(List<String> words, List<String> except) {

        public static final Proportions NONE = new Proportions(List.of(), List.of());
    }

    /**
     * An entry's alias as {@link #entryOf} looks for it: between spaces, so that it matches whole words
     * ({@link Words#containsPhrase}), and with its number of words.
     */
    private record Alias(Entry entry, String padded, int words) {
    }

    private final List<Entry> entries;
    /** Every entry's aliases, in the order of the entries and their aliases. */
    private final List<Alias> aliases;
    private final Map<Arah, List<String>> keywords;
    private final Arah defaultArah;
    private final Proportions proportions;

    public IndicatorCatalogue(List<Entry> entries, Map<Arah, List<String>> keywords, Arah defaultArah,
            Proportions proportions) {
        this.entries = entries.stream()
                .map(e -> new Entry(e.name(), e.aliases().stream().map(Words::normalise).toList(), e.arah(),
                        e.satuan(), e.min(), e.max(), e.inverseFormula(), e.scale()))
                .toList();
        this.aliases = this.entries.stream().flatMap(e -> e.aliases().stream().filter(a -> !a.isEmpty())
                .map(a -> new Alias(e, " " + a + " ", a.split(" ").length))).toList();
        // an EnumMap, not a HashMap: the keywords of naik are tried before those of turun on every run
        this.keywords = keywords.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Words::normalise).toList(), (x, y) -> x,
                () -> new EnumMap<>(Arah.class)));
        this.defaultArah = defaultArah;
        this.proportions = new Proportions(proportions.words().stream().map(Words::normalise).toList(),
                proportions.except().stream().map(Words::normalise).toList());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry whose alias, found as whole words in the name, is longest. */
    public Optional<Entry> entryOf(String indikator) {
        String name = " " + Words.normaliseName(indikator) + " ";
        Alias best = null;
        for (Alias alias : aliases) {
            if ((best == null || alias.words() > best.words()) && name.contains(alias.padded())) {
                best = alias;
            }
        }
        return Optional.ofNullable(best).map(Alias::entry);
    }

    /**
     * The direction of the catalogue entry; else of a keyword of the name, the keywords of naik tried first, then those
     * of turun, rentang and biner, each in the order given; else the default.
     */
    public Direction directionOf(String indikator) {
        return directionOf(indikator, entryOf(indikator));
    }

    /** As {@link #directionOf(String)}, with the entry {@link #entryOf} already found for {@code indikator}. */
    public Direction directionOf(String indikator, Optional<Entry> entry) {
        if (entry.isPresent()) {
            return new Direction(entry.get().arah(), Source.CATALOGUE, entry.get().name());
        }
        String name = Words.normaliseName(indikator);
        for (Map.Entry<Arah, List<String>> k : keywords.entrySet()) {
            for (String word : k.getValue()) {
                if (Words.containsPhrase(name, word)) {
                    return new Direction(k.getKey(), Source.KEYWORD, word);
                }
            }
        }
        return new Direction(defaultArah, Source.DEFAULT, "");
    }

    /** True for a share of a whole ({@code Persentase Desa yang tertib Administrasi}), not a growth rate. */
    public boolean isProportion(String indikator) {
        String name = Words.normaliseName(indikator);
        return proportions.words().stream().anyMatch(w -> Words.startsWithPhrase(name, w))
                && proportions.except().stream().noneMatch(w -> Words.containsPhrase(name, w));
    }
}
