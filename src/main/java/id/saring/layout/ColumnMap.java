package id.saring.layout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which columns of a table hold which field, with the header text each column was recognised by.
 *
 * @param columns     field to its columns, left to right; a label field may span several columns (a header
 *                    merged over a list number and a name), a value field has one
 * @param otherValues columns of numeric fields that belong to another year or target (kept so that damaged
 *                    numbers there are reported too)
 * @param mapping     how every labelled column was read, left to right, for audit
 * @param year        the reporting year the headers show, empty when they show none
 */
public record ColumnMap(Map<Field, List<Integer>> columns, List<Integer> otherValues, List<ColumnMatch> mapping,
        String year) {

    public ColumnMap {
        EnumMap<Field, List<Integer>> copy = new EnumMap<>(Field.class);
        columns.forEach((f, c) -> copy.put(f, List.copyOf(c)));
        columns = copy;
        otherValues = List.copyOf(otherValues);
        mapping = List.copyOf(mapping);
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** The column of a value field. */
    public Optional<Integer> column(Field field) {
        List<Integer> cols = columns.get(field);
        return cols == null || cols.isEmpty() ? Optional.empty() : Optional.of(cols.get(0));
    }

    public List<Integer> columnsOf(Field field) {
        return columns.getOrDefault(field, List.of());
    }

    public TableKind kind() {
        boolean capaian = Field.CAPAIAN_MEASURES.stream().anyMatch(this::has);
        boolean budget = Field.BUDGET_MEASURES.stream().anyMatch(this::has);
        return capaian && budget ? TableKind.MIXED : budget ? TableKind.BUDGET : TableKind.CAPAIAN;
    }
}
