package id.saring.check;

import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.model.Arah;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import id.saring.rules.IndicatorCatalogue;
import id.saring.rules.IndicatorCatalogue.Direction;
import id.saring.rules.IndicatorCatalogue.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Targets of several years that move against the indicator's direction ({@code target-trend}): in a table with
 * target columns for two years or more (a Renstra table, seed 004 l.669 {@code TARGET KINERJA SASARAN PADA TAHUN}
 * over 2022-2026; an analysis table with last year's and this year's target, 000 l.1998), a target below the
 * previous year's for an indicator that should rise, above it for one that should fall. Reported on the cell of
 * the year that moves against. Grades are ordered by their scale (000 l.2266: Indeks Inovasi Daerah, target
 * {@code Kabupaten terinovatif} for 2022 and only {@code Inovatif} for 2023).
 *
 * <p>Only indicators whose direction the catalogue or its keywords know are checked: a band or yes/no target has
 * no direction, and for an indicator nobody described the default direction is a guess (the people an SPM service
 * must reach, 000 l.3106, fall as well as rise).
 */
final class TargetTrendCheck {

    /** A target column and the year it is for. */
    private record YearColumn(String year, int column) {
    }

    private final GradeOrder grades;
    private final Findings findings;
    /** The table's target columns, one per year, earliest year first; fewer than two: nothing to compare. */
    private List<YearColumn> targets = List.of();

    TargetTrendCheck(GradeOrder grades, Findings findings) {
        this.grades = grades;
        this.findings = findings;
    }

    void startTable(TableHeader header) {
        ColumnYears years = new ColumnYears(header);
        int own = header.columns().column(Field.TARGET).orElse(-1);
        Map<String, Integer> byYear = new LinkedHashMap<>();
        List<Integer> columns = new ArrayList<>();
        if (own >= 0) {
            columns.add(own); // the table's own target first: it wins over a plan's column of the same year
        }
        header.columns().otherValues().forEach(columns::add);
        for (int column : columns) {
            if (years.field(column).filter(f -> f == Field.TARGET).isPresent()) {
                years.year(column).ifPresent(y -> byYear.putIfAbsent(y, column));
            }
        }
        targets = byYear.entrySet().stream().map(e -> new YearColumn(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(YearColumn::year)).toList();
    }

    /** @param entry the record's catalogue entry, if any: its scale orders grades */
    List<Finding> check(CapaianRecord record, Optional<IndicatorCatalogue.Entry> entry, Direction direction) {
        boolean directed = direction.arah() == Arah.NAIK || direction.arah() == Arah.TURUN;
        if (targets.size() < 2 || !directed || direction.source() == Source.DEFAULT) {
            return List.of();
        }
        Optional<String> scale = entry.flatMap(IndicatorCatalogue.Entry::scale);
        List<Finding> found = new ArrayList<>();
        Stated previous = null;
        String previousYear = "";
        for (YearColumn target : targets) {
            Stated stated = statedAt(record, target.column());
            if (stated == null || !(stated.value() instanceof Quantity || stated.value() instanceof Grade)) {
                continue;
            }
            if (previous != null) {
                OptionalInt order = order(previous, stated, scale);
                // negative: this year's target is lower than the year's before
                boolean against = order.isPresent()
                        && (direction.arah() == Arah.NAIK ? order.getAsInt() < 0 : order.getAsInt() > 0);
                if (against) {
                    Location at = record.location().withColumn(stated.column());
                    found.add(findings.of(Category.TARGET_TREND, "target.trend", at,
                            Message.of(direction.arah() == Arah.NAIK ? "trend.naik" : "trend.turun",
                                    record.indikator(), target.year(), stated.shown(), at.cell(), previousYear,
                                    previous.shown()),
                            stated.shown(), ""));
                }
            }
            previous = stated;
            previousYear = target.year();
        }
        return found;
    }

    /**
     * Positive when {@code later} is higher than {@code earlier} (a number above, or a better grade), negative when
     * lower; empty when they cannot be compared (a number against a grade, grades no scale orders).
     */
    private OptionalInt order(Stated earlier, Stated later, Optional<String> scale) {
        if (earlier.value() instanceof Quantity a && later.value() instanceof Quantity b) {
            return OptionalInt.of(b.amount().compareTo(a.amount()));
        }
        if (earlier.value() instanceof Grade a && later.value() instanceof Grade b) {
            // negative when the earlier is the better grade: the later is lower
            return grades.compare(a.label(), b.label(), scale);
        }
        return OptionalInt.empty();
    }

    private static Stated statedAt(CapaianRecord record, int column) {
        if (record.target().column() == column) {
            return record.target();
        }
        return record.otherValues().stream().filter(s -> s.column() == column).findFirst().orElse(null);
    }
}
