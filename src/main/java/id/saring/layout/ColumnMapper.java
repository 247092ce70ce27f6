package id.saring.layout;

import id.saring.read.SheetRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns header rows into a {@link ColumnMap}. Header rows are read together: a group label merged over
 * several columns ({@code 2023} over {@code Target | Realisasi | % Realisasi}) is given to each column below
 * it. Where several columns name the same value field, the one of the reporting year wins (the latest year
 * the measure columns show) and the others are kept as other-year columns: {@code Realisasi 2023} is the
 * realisasi, {@code Realisasi 2022} is history.
 */
final class ColumnMapper {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    private final HeaderVocabulary vocabulary;

    ColumnMapper(HeaderVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The map of a header, empty when the header names no measure or nothing a row could be about. */
    Optional<ColumnMap> map(List<SheetRow> headerRows) {
        SortedLabels labels = labels(headerRows);
        Map<Integer, Field> matched = new TreeMap<>();
        Map<Integer, HeaderVocabulary.Match> matches = new HashMap<>();
        Map<Integer, Set<String>> years = new HashMap<>();
        for (Map.Entry<Integer, String> e : labels.byColumn().entrySet()) {
            vocabulary.match(e.getValue()).ifPresent(m -> {
                matches.put(e.getKey(), m);
                m.field().ifPresent(f -> matched.put(e.getKey(), f));
            });
            years.put(e.getKey(), yearsOf(e.getValue()));
        }
        readCapaianAsRealisasi(matched);
        readFallbacks(matched, matches);
        String year = matched.entrySet().stream()
                .filter(e -> e.getValue().isMeasure())
                .flatMap(e -> years.get(e.getKey()).stream())
                .max(String::compareTo).orElse("");

        Map<Field, List<Integer>> columns = new EnumMap<>(Field.class);
        List<Integer> otherValues = new ArrayList<>();
        for (Map.Entry<Integer, Field> e : matched.entrySet()) {
            int column = e.getKey();
            Field field = e.getValue();
            if (!field.isValue()) {
                columns.computeIfAbsent(field, f -> new ArrayList<>()).add(column);
                continue;
            }
            Set<String> own = years.get(column);
            boolean ofReportingYear = own.isEmpty() || own.contains(year);
            if (ofReportingYear && columns.containsKey(field)) {
                field = subLabelField(labels, column).filter(f -> !columns.containsKey(f)).orElse(field);
            }
            if (ofReportingYear && !columns.containsKey(field)) {
                columns.put(field, new ArrayList<>(List.of(column)));
            } else if (field.isMeasure()) {
                otherValues.add(column);
            }
        }
        keepTheMostSpecificLabel(columns, labels);
        extendLabelColumns(columns, labels);
        readAsBudget(columns);
        boolean hasMeasure = columns.keySet().stream().anyMatch(Field::isMeasure);
        boolean hasLabel = columns.keySet().stream().anyMatch(Field.LABELS::contains);
        if (!hasMeasure || !hasLabel) {
            return Optional.empty();
        }
        otherValues.sort(Integer::compareTo);
        return Optional.of(new ColumnMap(columns, otherValues, audit(labels, matches, matched, columns, otherValues),
                year));
    }

    /**
     * In a table that states neither a target nor a realisasi, the {@code Capaian} columns hold what was achieved:
     * seed 000 l.1007 ({@code Capaian Kinerja Tahun 2022 | Capaian Kinerja Tahun 2023} of IPM 69,43 and 70,24),
     * l.2010 ({@code Capaian Kinerja} over the years 2018-2023) and 004 l.924 ({@code Capaian 2023} of Nilai LPPD
     * 2,85) all list realisasi under that word. A budget table's {@code Capaian} is its absorption and stays.
     */
    private static void readCapaianAsRealisasi(Map<Integer, Field> matched) {
        boolean capaianOnly = matched.containsValue(Field.CAPAIAN) && !matched.containsValue(Field.TARGET)
                && !matched.containsValue(Field.REALISASI)
                && Field.BUDGET_MEASURES.stream().noneMatch(matched::containsValue);
        if (capaianOnly) {
            matched.replaceAll((column, field) -> field == Field.CAPAIAN ? Field.REALISASI : field);
        }
    }

    /**
     * In a table that names no measure of its own, a column whose header is a {@code fallback} of columns.yaml
     * holds that field: the {@code Kondisi Akhir (2023)} of an RPJMD's indicators (seed 000 l.617) is their target
     * of 2023.
     */
    private void readFallbacks(Map<Integer, Field> matched, Map<Integer, HeaderVocabulary.Match> matches) {
        if (matched.values().stream().anyMatch(Field::isMeasure)) {
            return;
        }
        matches.forEach((column, m) -> {
            if (m.field().isEmpty()) {
                vocabulary.fallback(m.alias()).ifPresent(field -> matched.put(column, field));
            }
        });
    }

    /**
     * A row names one indicator: when columns with different headers name the same label field, the rightmost,
     * the most specific, is the row's. Seed 004 l.669 heads {@code INDIKATOR TUJUAN} (the goal's indicator, merged
     * down over the rows) and {@code INDIKATOR SASARAN} (each row's own); a header merged over a list number and a
     * name gives both columns the same text and both are kept.
     */
    private static void keepTheMostSpecificLabel(Map<Field, List<Integer>> columns, SortedLabels labels) {
        for (Map.Entry<Field, List<Integer>> e : columns.entrySet()) {
            List<Integer> cols = e.getValue();
            if (!Field.LABELS.contains(e.getKey()) || cols.size() < 2) {
                continue;
            }
            String last = labels.byColumn().get(cols.get(cols.size() - 1));
            cols.removeIf(c -> !labels.byColumn().get(c).equals(last));
        }
    }

    /**
     * The field the lowest header row names alone, for a column whose group label made it repeat a field an
     * earlier column holds: seed 003 l.886 puts {@code Keuangan} over {@code Narasi | Satuan | Target |
     * Realisasi | %} beside {@code Penyerapan Realisasi (Rp)}, and that {@code Realisasi} is the realisasi of
     * the target beside it.
     */
    private Optional<Field> subLabelField(SortedLabels labels, int column) {
        String lowest = labels.lowest().getOrDefault(column, "");
        return lowest.equals(labels.byColumn().get(column)) || vocabulary.isUnitLabel(lowest) ? Optional.empty()
                : vocabulary.match(lowest).flatMap(HeaderVocabulary.Match::field).filter(Field::isValue);
    }

    /** Every labelled column with what it was matched to and what the table makes of it. */
    private static List<ColumnMatch> audit(SortedLabels labels, Map<Integer, HeaderVocabulary.Match> matches,
            Map<Integer, Field> matched, Map<Field, List<Integer>> columns, List<Integer> otherValues) {
        Map<Integer, Field> used = new HashMap<>();
        columns.forEach((field, cols) -> cols.forEach(c -> used.put(c, field)));
        List<ColumnMatch> audit = new ArrayList<>();
        for (Map.Entry<Integer, String> e : labels.byColumn().entrySet()) {
            int column = e.getKey();
            HeaderVocabulary.Match m = matches.get(column);
            if (m == null) {
                audit.add(new ColumnMatch(column, e.getValue(), Optional.empty(), "", 0, ColumnMatch.Use.UNMATCHED));
                continue;
            }
            ColumnMatch.Use use = m.field().isEmpty() && !matched.containsKey(column) ? ColumnMatch.Use.IGNORED
                    : used.containsKey(column) ? ColumnMatch.Use.FIELD
                    : otherValues.contains(column) ? ColumnMatch.Use.OTHER_YEAR : ColumnMatch.Use.DUPLICATE;
            Optional<Field> field = used.containsKey(column) ? Optional.of(used.get(column))
                    : Optional.ofNullable(matched.get(column)).or(m::field);
            audit.add(new ColumnMatch(column, e.getValue(), field, m.alias(), m.confidence(), use));
        }
        return audit;
    }

    /**
     * A label header merged over two columns (a list number and a name, as in {@code 1. | Indeks
     * Pembangunan Manusia}) leaves the second column without a header: it belongs to the same field.
     */
    private static void extendLabelColumns(Map<Field, List<Integer>> columns, SortedLabels labels) {
        for (Map.Entry<Field, List<Integer>> e : columns.entrySet()) {
            if (!Field.LABELS.contains(e.getKey())) {
                continue;
            }
            List<Integer> cols = e.getValue();
            int next = cols.get(cols.size() - 1) + 1;
            if (next <= labels.lastColumn() && !labels.byColumn().containsKey(next) && !labels.anyText(next)) {
                cols.add(next);
            }
        }
    }

    /**
     * A table with a pagu and no target is a budget table: its {@code Realisasi} is realisasi anggaran and its
     * {@code %} or {@code Capaian} is budget absorption.
     */
    private static void readAsBudget(Map<Field, List<Integer>> columns) {
        if (columns.containsKey(Field.TARGET) || !columns.containsKey(Field.PAGU)) {
            return;
        }
        move(columns, Field.REALISASI, Field.REALISASI_ANGGARAN);
        move(columns, Field.CAPAIAN, Field.SERAPAN);
    }

    private static void move(Map<Field, List<Integer>> columns, Field from, Field to) {
        if (columns.containsKey(from) && !columns.containsKey(to)) {
            columns.put(to, columns.remove(from));
        }
    }

    private static Set<String> yearsOf(String label) {
        Set<String> found = new TreeSet<>();
        Matcher m = YEAR.matcher(label);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Column labels, the lowest header row's texts, and which columns have any header text at all. */
    private record SortedLabels(TreeMap<Integer, String> byColumn, Map<Integer, String> lowest,
            Set<Integer> withText, int lastColumn) {

        boolean anyText(int column) {
            return withText.contains(column);
        }
    }

    private static SortedLabels labels(List<SheetRow> rows) {
        int last = rows.stream().flatMap(r -> r.filled().stream()).mapToInt(c -> c.column()).max().orElse(-1);
        String[][] carried = new String[rows.size()][last + 1];
        Set<Integer> withText = new TreeSet<>();
        for (int h = 0; h < rows.size(); h++) {
            for (int c = 0; c <= last; c++) {
                String t = rows.get(h).text(c);
                if (!t.isEmpty()) {
                    carried[h][c] = t;
                    withText.add(c);
                } else if (c > 0 && carried[h][c - 1] != null && textBelow(rows, h, c)) {
                    carried[h][c] = carried[h][c - 1];
                }
            }
        }
        TreeMap<Integer, String> byColumn = new TreeMap<>();
        for (int c = 0; c <= last; c++) {
            StringBuilder sb = new StringBuilder();
            for (int h = 0; h < rows.size(); h++) {
                // a header cell merged down over several header rows is one label, not one per row
                if (carried[h][c] != null && (h == 0 || !carried[h][c].equals(carried[h - 1][c]))) {
                    if (!sb.isEmpty()) {
                        sb.append(' ');
                    }
                    sb.append(carried[h][c]);
                }
            }
            if (!sb.isEmpty()) {
                byColumn.put(c, sb.toString());
            }
        }
        Map<Integer, String> lowest = new HashMap<>();
        rows.get(rows.size() - 1).filled().forEach(c -> lowest.put(c.column(), c.text()));
        return new SortedLabels(byColumn, lowest, withText, last);
    }

    /** A group label spreads right only over columns that have sub-labels below it. */
    private static boolean textBelow(List<SheetRow> rows, int h, int c) {
        for (int below = h + 1; below < rows.size(); below++) {
            if (!rows.get(below).text(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
