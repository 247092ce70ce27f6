package id.saring.check;

import id.saring.layout.ColumnMatch;
import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field and year of each measure column of a table, as its header states them: {@code TARGET KINERJA SASARAN
 * PADA TAHUN 2024} is the target of 2024 (seed 004 l.669), {@code Tahun 2022 Realisasi} the realisasi of 2022 (000
 * l.1998). A header naming several years gives its last, the lower header row's ({@code RPJMD 2018-2023 Target 2023}
 * is 2023's). A column read as its field without a year of its own is of the table's year.
 */
final class ColumnYears {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    private final Map<Integer, Field> fields = new HashMap<>();
    private final Map<Integer, String> years = new HashMap<>();

    ColumnYears(TableHeader header) {
        for (ColumnMatch m : header.columns().mapping()) {
            if (m.field().isEmpty()
                    || m.use() != ColumnMatch.Use.FIELD && m.use() != ColumnMatch.Use.OTHER_YEAR) {
                continue;
            }
            fields.put(m.column(), m.field().get());
            String year = lastYear(m.header()).orElse(m.use() == ColumnMatch.Use.FIELD ? header.tahun() : "");
            if (!year.isEmpty()) {
                years.put(m.column(), year);
            }
        }
    }

    /** The field a measure column holds, the table's own or another year's. */
    Optional<Field> field(int column) {
        return Optional.ofNullable(fields.get(column));
    }

    /** The year a measure column states; empty when neither its header nor the table names one. */
    Optional<String> year(int column) {
        return Optional.ofNullable(years.get(column));
    }

    static Optional<String> lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }
}
