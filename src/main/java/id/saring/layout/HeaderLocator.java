package id.saring.layout;

import id.saring.read.Cell;
import id.saring.read.CellKind;
import id.saring.read.SheetRow;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells header rows from title and data rows: a header row names at least two fields, one of them a measure
 * ({@code Target}, {@code Realisasi}, {@code Pagu} …), and holds no numbers but years. A group row above it
 * ({@code Kinerja}, {@code Keuangan}) and sub-header rows below it ({@code Target | Realisasi}, {@code (Rp) | (%)})
 * belong to the same header; a row of column numbers ({@code (1) (2) (3)}, gaps allowed) follows it.
 */
final class HeaderLocator {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?(\\d{1,2})\\)?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int LONGEST_HEADER_TEXT = 100;
    private static final int LONGEST_GROUP_TEXT = 60;

    private final HeaderVocabulary vocabulary;

    HeaderLocator(HeaderVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * A row that can start a header: two fields or more, one of them a measure; a fallback's field counts, as it
     * does in a table without a measure of its own ({@code Kondisi Akhir (2023)} of an RPJMD).
     */
    boolean isHeader(SheetRow row) {
        List<Cell> filled = row.filled();
        if (filled.size() < 2 || !filled.stream().allMatch(this::isHeaderText)) {
            return false;
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (Cell c : filled) {
            vocabulary.match(c.text()).flatMap(m -> m.field().or(() -> vocabulary.fallback(m.alias())))
                    .ifPresent(fields::add);
        }
        return fields.size() >= 2 && fields.stream().anyMatch(Field::isMeasure);
    }

    /**
     * A row right below header row {@code above} that carries on the header: sub-labels or units only; any
     * header words under header cells merged down into it ({@code No}, {@code Uraian} spanning both rows over
     * {@code Narasi | Satuan | Target}); or mostly known sub-labels beside the label columns of the row above. A
     * heading ({@code Sasaran 1 : …}) or one text across the row is not.
     */
    boolean isContinuation(SheetRow row, SheetRow above) {
        List<Cell> own = row.filled().stream().filter(c -> !mergedDown(c, above)).toList();
        if (own.isEmpty() || isColumnNumbers(row) || !own.stream().allMatch(this::isHeaderText)) {
            return false;
        }
        boolean spanned = own.size() < row.filled().size();
        if (own.stream().anyMatch(c -> isHeading(c.text().strip()))
                || !spanned && own.stream().map(Cell::text).distinct().count() == 1 && own.size() > 2) {
            return false;
        }
        long known = own.stream().filter(c -> vocabulary.match(c.text()).isPresent()
                || vocabulary.isUnitLabel(c.text()) || YEAR.matcher(c.text().strip()).matches()).count();
        return spanned || known == own.size() || known * 2 > own.size() && underGroupsOnly(own, above);
    }

    /**
     * True when {@code cells} leave free every column in which the header above names a label field (No, Uraian,
     * Indikator): sub-labels under group labels, as seed 003 l.887 writes {@code Narasi} among {@code Realisasi
     * (Rp) | Capaian (%) | Satuan | Target} under {@code Penyerapan} and {@code Keuangan}.
     */
    private boolean underGroupsOnly(List<Cell> cells, SheetRow above) {
        List<Integer> labelColumns = above.filled().stream()
                .filter(c -> vocabulary.match(c.text()).flatMap(HeaderVocabulary.Match::field)
                        .filter(f -> !f.isValue() && f != Field.SATUAN).isPresent())
                .map(Cell::column).toList();
        return !labelColumns.isEmpty() && cells.stream().noneMatch(c -> labelColumns.contains(c.column()));
    }

    /** A copy of the header cell above it: a header cell merged down over two rows. */
    private static boolean mergedDown(Cell c, SheetRow above) {
        return c.mergedCopy() && above.cell(c.column()).map(a -> a.text().equals(c.text())).orElse(false);
    }

    private static boolean isHeading(String text) {
        return text.endsWith(":") || text.contains(" : ");
    }

    /** A row right above a header row that groups its columns ({@code Kinerja | Keuangan}). */
    boolean isGroupRow(SheetRow row, SheetRow header) {
        List<Cell> filled = row.filled();
        if (filled.isEmpty() || !filled.stream().allMatch(this::isHeaderText)) {
            return false;
        }
        for (Cell c : filled) {
            String t = c.text().strip();
            if (t.length() > LONGEST_GROUP_TEXT || isHeading(t)) {
                return false;
            }
        }
        if (filled.size() >= 2) {
            return true;
        }
        Cell only = filled.get(0);
        return only.column() > 0 && header.cell(only.column()).isPresent();
    }

    /** {@code 1 2 3 …} or {@code (1) (2) (3) …} under the header, increasing from the left; gaps allowed. */
    boolean isColumnNumbers(SheetRow row) {
        List<Cell> filled = row.filled();
        if (filled.size() < 3) {
            return false;
        }
        int previous = 0;
        for (Cell c : filled) {
            Optional<Integer> n = columnNumber(c);
            if (n.isEmpty() || n.get() <= previous) {
                return false;
            }
            previous = n.get();
        }
        return columnNumber(filled.get(0)).orElse(99) <= 3;
    }

    private static Optional<Integer> columnNumber(Cell c) {
        String t = c.text().strip();
        if (c.kind() == CellKind.NUMBER && c.number().isPresent()) {
            t = c.number().get().stripTrailingZeros().toPlainString();
        }
        var m = COLUMN_NUMBER.matcher(t);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Header cells are words (or a year, or a lone {@code %}), never numbers. */
    private boolean isHeaderText(Cell c) {
        String t = c.text().strip();
        if (t.length() > LONGEST_HEADER_TEXT) {
            return false;
        }
        if (c.kind() == CellKind.NUMBER) {
            return YEAR.matcher(t).matches();
        }
        // a percent sign heads a column ("%", "(%)"); with a figure it is a value ("72,66%", seed 000 l.622)
        return c.kind() == CellKind.TEXT && (LETTER.matcher(t).find() || YEAR.matcher(t).matches()
                || t.contains("%") && !DIGIT.matcher(YEAR.matcher(t).replaceAll("")).find());
    }
}
