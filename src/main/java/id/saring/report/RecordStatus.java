package id.saring.report;

import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Stated;
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

    private final Map<String, List<Finding>> byRow = new HashMap<>();

    RecordStatus(List<Finding> findings) {
        for (Finding f : findings) {
            byRow.computeIfAbsent(key(f.location()), k -> new java.util.ArrayList<>()).add(f);
        }
    }

    String of(Location row, List<Stated> cells) {
        Set<Integer> columns = cells.stream().map(Stated::column).filter(c -> c >= 0).collect(Collectors.toSet());
        return byRow.getOrDefault(key(row), List.of()).stream()
                .filter(f -> f.location().column() < 0 || columns.contains(f.location().column()))
                .min(Comparator.comparing(Finding::severity))
                .map(f -> f.category().code())
                .orElse("ok");
    }

    private static String key(Location l) {
        return l.file() + '\u0000' + l.sheet() + '\u0000' + l.row();
    }
}
