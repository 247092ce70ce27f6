package id.saring.layout;

import id.saring.model.BudgetLevel;
import id.saring.read.Cell;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a table with its cells assigned to fields.
 *
 * @param number      the row number a spreadsheet program shows
 * @param texts       label fields (sasaran, indikator, uraian, …) with list numbers removed, blank ones
 *                    carried down from the rows above where the layout groups rows under them
 * @param values      the cells of value fields (target, realisasi, pagu, …) that are not empty
 * @param otherValues non-empty cells of numeric columns that belong to other years or targets
 * @param columnLevel the budget level given by separate programme/kegiatan/sub-kegiatan columns
 * @param shift       0, or the columns (+1 right, -1 left) the row's cells were moved to sit under their
 *                    headers
 */
public record TableRow(int number, RowKind kind, Map<Field, String> texts, Map<Field, Cell> values,
        List<Cell> otherValues, BudgetLevel columnLevel, int shift) {

    public TableRow {
        EnumMap<Field, String> t = new EnumMap<>(Field.class);
        t.putAll(texts);
        texts = t;
        EnumMap<Field, Cell> v = new EnumMap<>(Field.class);
        v.putAll(values);
        values = v;
        otherValues = List.copyOf(otherValues);
    }

    public String text(Field field) {
        return texts.getOrDefault(field, "");
    }

    public Optional<Cell> value(Field field) {
        return Optional.ofNullable(values.get(field));
    }
}
