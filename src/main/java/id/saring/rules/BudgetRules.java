package id.saring.rules;

import id.saring.layout.Words;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** How budget lines nest and which of them can overrun, from {@code rules/budget.yaml}. */
public final class BudgetRules {

    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
    /** A kode rekening: numbers joined by dots ({@code 1.02.02.2.01}). */
    private static final Pattern KODE = Pattern.compile("\\d+(\\.\\d+)*");

    /** What part of a budget statement a line belongs to. */
    public enum Section {
        REVENUE,
        EXPENDITURE,
        FINANCING,
        BALANCE
    }

    /** Where a line sits: its rank (smaller is higher), level, section and whether it is a difference. */
    public record Placement(int rank, BudgetLevel level, Optional<Section> section, boolean net) {
    }

    /** One uraian pattern and the placement it gives. */
    public record LinePattern(Pattern pattern, Placement placement) {
    }

    private final Map<Integer, BudgetLevel> codeLevels;
    private final List<LinePattern> lines;
    private final Map<BudgetLevel, BudgetLevel> childLevels;
    private final Map<Section, BudgetLevel> detailLevels;

    public BudgetRules(Map<Integer, BudgetLevel> codeLevels, List<LinePattern> lines,
            Map<BudgetLevel, BudgetLevel> childLevels, Map<Section, BudgetLevel> detailLevels) {
        this.codeLevels = Map.copyOf(codeLevels);
        this.lines = List.copyOf(lines);
        this.childLevels = Map.copyOf(childLevels);
        this.detailLevels = Map.copyOf(detailLevels);
    }

    /**
     * Where a line is placed by what it states itself: its kode rekening (when the table has a kode column),
     * separate programme/kegiatan/sub-kegiatan columns, or its leading words.
     */
    public Optional<Placement> place(BudgetLine line, boolean byCode) {
        Optional<Placement> coded = byCode && !line.kode().isEmpty() ? byCode(line.kode()) : Optional.empty();
        return coded
                .or(() -> line.columnLevel() == BudgetLevel.UNKNOWN ? Optional.empty() : byLevel(line.columnLevel()))
                .or(() -> byWords(line.uraian()));
    }

    /** The placement of a line below a line of {@code parent} level: a programme's line is a kegiatan. */
    public Optional<Placement> childOf(BudgetLevel parent) {
        return Optional.ofNullable(childLevels.get(parent)).flatMap(this::byLevel);
    }

    /** A kode rekening's placement: its rank is its number of segments. */
    public Optional<Placement> byCode(String kode) {
        String k = TRAILING_DOT.matcher(kode.strip()).replaceAll("");
        if (!KODE.matcher(k).matches()) {
            return Optional.empty();
        }
        int segments = k.split("\\.").length;
        return Optional.of(new Placement(segments, codeLevels.getOrDefault(segments, BudgetLevel.UNKNOWN),
                Optional.empty(), false));
    }

    /** The placement of a level given by separate programme/kegiatan/sub-kegiatan columns. */
    public Optional<Placement> byLevel(BudgetLevel level) {
        return codeLevels.entrySet().stream().filter(e -> e.getValue() == level).findFirst()
                .map(e -> new Placement(e.getKey(), level, Optional.empty(), false));
    }

    /** The first uraian pattern that matches. */
    public Optional<Placement> byWords(String uraian) {
        String name = Words.normaliseName(uraian);
        return lines.stream().filter(l -> l.pattern().matcher(name).find()).map(LinePattern::placement).findFirst();
    }

    /** The level of a line placed only by its position under a line of this section. */
    public BudgetLevel detailLevel(Optional<Section> section) {
        return section.map(s -> detailLevels.getOrDefault(s, BudgetLevel.UNKNOWN)).orElse(BudgetLevel.UNKNOWN);
    }
}
