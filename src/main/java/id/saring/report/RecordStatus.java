package id.saring.report;

import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Stated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code status} of a record: {@code ok}, or the category of the most severe finding on its cells (a
 * finding about the whole row counts for every record on it).
 */
final class RecordStatus {

    private static final String OK = "ok";

    private final Map<Row, List<Finding>> byRow = new HashMap<>();

    RecordStatus(List<Finding> findings) {
        for (Finding f : findings) {
            byRow.computeIfAbsent(Row.of(f.location()), k -> new ArrayList<>()).add(f);
        }
    }

    /** The status of a capaian record: its target, realisasi, capaian, predikat and other years' cells count. */
    String of(CapaianRecord r) {
        if (!byRow.containsKey(Row.of(r.location()))) {
            return OK; // most records of a big table: asked of every one for each output
        }
        List<Stated> cells = new ArrayList<>(List.of(r.target(), r.realisasi(), r.capaian(), r.predikat()));
        cells.addAll(r.otherValues());
        return of(r.location(), cells);
    }

    /** The status of a budget line: its pagu, realisasi, serapan and other columns' cells count. */
    String of(BudgetLine l) {
        if (!byRow.containsKey(Row.of(l.location()))) {
            return OK;
        }
        List<Stated> cells = new ArrayList<>(List.of(l.pagu(), l.realisasi(), l.serapan()));
        cells.addAll(l.otherValues());
        return of(l.location(), cells);
    }

    String of(Location row, List<Stated> cells) {
        Set<Integer> columns = cells.stream().map(Stated::column).filter(c -> c >= 0).collect(Collectors.toSet());
        return byRow.getOrDefault(Row.of(row), List.of()).stream()
                .filter(f -> f.location().column() < 0 || columns.contains(f.location().column()))
                .min(Comparator.comparing(Finding::severity))
                .map(f -> f.category().code())
                .orElse(OK);
    }

    /** A row of a sheet of a file. */
    private record Row(String file, String sheet, int row) {
        static Row of(Location l) {
            return new Row(l.file(), l.sheet(), l.row());
        }
    }
}
