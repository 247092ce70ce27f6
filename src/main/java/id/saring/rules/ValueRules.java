package id.saring.rules;

import id.saring.layout.Words;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the value checks know about units and grade-like text, from the {@code values} section of
 * {@code rules/checks.yaml}.
 *
 * @param units          satuan words by the kind of unit they name, normalised ({@code orang}, {@code %})
 * @param percentCeiling the highest percent a target or realisasi states before it is taken for another ratio
 *                       written with a percent sign (seed 000 l.1818: 117.153,58 %); none when the rules set none
 * @param gradeToken     the shape of text taken for a grade letter ({@code BBB}, {@code A+}); none when the rules
 *                       set none
 */
public record ValueRules(Map<UnitKind, List<String>> units, Optional<BigDecimal> percentCeiling,
        Optional<Pattern> gradeToken) {

    /** The kinds of unit a satuan names; values of one kind contradict a unit of another. */
    public enum UnitKind { PERCENT, MONEY, COUNT, YEARS, INDEX }

    /** No unit words, no ceiling, no grade shape: the checks that need them find nothing. */
    public static final ValueRules NONE = new ValueRules(Map.of(), Optional.empty(), Optional.empty());

    public ValueRules {
        Map<UnitKind, List<String>> normalised = new EnumMap<>(UnitKind.class);
        units.forEach((kind, words) -> normalised.put(kind, words.stream().map(Words::normalise).toList()));
        units = java.util.Collections.unmodifiableMap(normalised);
    }

    /**
     * The kind of unit {@code satuan} names: the whole text when it is a listed word ({@code juta rupiah}), else
     * its first word ({@code Desa/Kelurahan} is {@code desa}, a count); empty when neither is listed.
     */
    public Optional<UnitKind> kindOf(String satuan) {
        String text = Words.normalise(satuan);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<UnitKind> whole = listed(text);
        return whole.isPresent() ? whole : listed(text.split(" ")[0]);
    }

    /** True when {@code text} has the shape of a grade letter ({@code BBB}, {@code A+}, {@code CCC}). */
    public boolean looksLikeGrade(String text) {
        return gradeToken.map(p -> p.matcher(text.strip()).matches()).orElse(false);
    }

    private Optional<UnitKind> listed(String word) {
        for (Map.Entry<UnitKind, List<String>> e : units.entrySet()) {
            if (e.getValue().contains(word)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
