package id.saring.layout;

import id.saring.model.BudgetLevel;
import id.saring.read.Cell;
import id.saring.read.CellKind;
import id.saring.read.SheetRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the tables of one sheet as its rows stream past, the way a person reads it: title rows, then a header
 * of one to three rows (a column-number row below it is skipped), then data rows until a caption, a source
 * note or signature, another header, or the end of the sheet. Only the last few rows are held, so a sheet of
 * any length is laid out in bounded memory.
 *
 * <p>Within a table, a blank sasaran (or programme, kegiatan) belongs to the row above it, and a row that only
 * continues the sasaran and indikator text of the row above (a wrapped cell split over two rows) is joined to
 * it.
 */
public final class SheetLayout {

    private static final int TITLE_ROWS = 8;
    /** {@code Sasaran 1 : …}, {@code Sasaran 1.1.1: …} (000 l.620), {@code Sasaran 7.1.2 …} (000 l.842). */
    private static final Pattern SASARAN_HEADING = Pattern.compile(
            "(?i)sasaran(?:\\s+strategis)?+\\s*(?:\\d+(?:\\.+\\d+)*\\.?|[ivx]+\\b)?\\s*[:.\\-]?\\s+(\\p{L}.*)");
    /** {@code SASARAN 1:} with its text on the next row (004 l.939-942); not {@code Sasaran 2023}, a year. */
    private static final Pattern SASARAN_NUMBER = Pattern.compile(
            "(?i)sasaran(?:\\s+strategis)?\\s*(?:\\d{1,2}(?:\\.+\\d+)*|[ivx]+)\\s*[:.\\-]?");

    private enum State { SEARCHING, HEADER, TABLE }

    private final String file;
    private final String sheet;
    private final String fallbackAgency;
    private final HeaderVocabulary vocabulary;
    private final HeaderLocator locator;
    private final ColumnMapper mapper;
    private final TitleBlock titles;
    private final TableListener listener;

    private State state = State.SEARCHING;
    private final Deque<SheetRow> recent = new ArrayDeque<>();
    /** Rows without values since the table's last row with values: the title block of a table that may follow. */
    private final Deque<SheetRow> trailing = new ArrayDeque<>();
    private List<String> sheetTitle = List.of();
    private boolean seenTable;
    private final List<SheetRow> headerRows = new ArrayList<>();
    private final List<List<String>> headerTexts = new ArrayList<>();
    private ColumnMap map;
    private final Map<Field, String> carried = new EnumMap<>(Field.class);
    private TableRow pending;
    /** The text of the row above when it was a banner: a bare {@code Sasaran 3.} names the row below it. */
    private String lastBanner = "";
    private int pendingLastRow;
    private int tables;

    /**
     * @param file           the input's name as the outputs give it; the year it states
     *                       ({@code kinerja-kegiatan-2023.xlsx}) is the year of tables whose titles state none
     * @param fallbackAgency the agency to use when the title block names none (from the file's folder)
     */
    public SheetLayout(String file, String sheet, String fallbackAgency, HeaderVocabulary vocabulary,
            TableListener listener) {
        this.file = file;
        this.sheet = sheet;
        this.fallbackAgency = fallbackAgency;
        this.vocabulary = vocabulary;
        this.locator = new HeaderLocator(vocabulary);
        this.mapper = new ColumnMapper(vocabulary);
        this.titles = new TitleBlock(vocabulary);
        this.listener = listener;
    }

    public void accept(SheetRow row) {
        switch (state) {
            case SEARCHING -> search(row);
            case HEADER -> header(row);
            case TABLE -> body(row);
        }
    }

    /** Ends the sheet: closes an open table. */
    public void finish() {
        if (state == State.HEADER) {
            mapper.map(headerRows).ifPresent(m -> {
                startTable(m);
                endTable();
            });
        } else if (state == State.TABLE) {
            endTable();
        }
        state = State.SEARCHING;
    }

    /** How many tables the sheet held so far. */
    public int tables() {
        return tables;
    }

    private void search(SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        if (locator.isHeader(row)) {
            headerRows.clear();
            SheetRow above = recent.peekLast();
            if (above != null && above.number() == row.number() - 1 && locator.isGroupRow(above, row)) {
                headerRows.add(recent.removeLast());
            }
            headerRows.add(row);
            state = State.HEADER;
            return;
        }
        remember(row);
    }

    private void header(SheetRow row) {
        SheetRow last = headerRows.get(headerRows.size() - 1);
        if (!row.isBlank() && headerRows.size() < 3 && row.number() == last.number() + 1
                && locator.isContinuation(row, last) && !isSasaranHeading(row)) {
            headerRows.add(row);
            return;
        }
        Optional<ColumnMap> mapped = mapper.map(headerRows);
        if (mapped.isEmpty()) {
            state = State.SEARCHING;
            headerRows.forEach(this::remember);
            headerRows.clear();
            search(row);
            return;
        }
        startTable(mapped.get());
        body(row);
    }

    private void body(SheetRow row) {
        if (row.isBlank() || onlyMergedCopies(row) || locator.isColumnNumbers(row) || repeatsHeader(row)) {
            return;
        }
        if (isCaption(row) || isClosing(row)) {
            endTable();
            trailing.forEach(this::remember);
            remember(row);
            return;
        }
        if (locator.isHeader(row)) {
            endTable();
            trailing.forEach(this::remember);
            search(row);
            return;
        }
        if (isBanner(row)) {
            Optional<String> sasaran = headingSasaran(row);
            sasaran.ifPresent(named -> carried.put(Field.SASARAN, named));
            if (!map.kind().hasBudget() || sasaran.isPresent()) {
                trail(row);
                lastBanner = rowText(row);
                return;
            }
        }
        lastBanner = "";
        int shift = shiftOf(row);
        TableRow tableRow = toTableRow(row, shift);
        boolean valueless = tableRow == null || tableRow.values().isEmpty() && tableRow.otherValues().isEmpty();
        if (valueless) {
            trail(row);
        } else {
            trailing.clear();
        }
        if (tableRow == null) {
            return;
        }
        if (continuesPending(tableRow)) {
            pending = joined(pending, tableRow);
            pendingLastRow = row.number();
            carried.put(Field.SASARAN, pending.text(Field.SASARAN));
            return;
        }
        flush();
        pending = carryDown(tableRow);
        pendingLastRow = row.number();
    }

    private void startTable(ColumnMap columns) {
        List<String> lines = recent.stream().map(SheetLayout::rowText).toList();
        if (!seenTable) {
            sheetTitle = lines;
            seenTable = true;
        }
        String title = titles.title(lines.isEmpty() ? sheetTitle : lines);
        String opd = titles.agency(lines).or(() -> titles.agency(sheetTitle)).orElse(fallbackAgency);
        String tahun = !columns.year().isEmpty() ? columns.year()
                : titles.year(lines).or(() -> titles.year(sheetTitle)).or(() -> titles.yearOfFileName(file))
                        .orElse("");
        TableHeader header = new TableHeader(file, sheet, headerRows.get(0).number(),
                headerRows.get(headerRows.size() - 1).number(), title, opd, tahun, columns);
        map = columns;
        headerTexts.clear();
        headerRows.forEach(r -> headerTexts.add(normalisedTexts(r)));
        headerRows.clear();
        recent.clear();
        trailing.clear();
        carried.clear();
        sasaranOf(lines).ifPresent(sasaran -> carried.put(Field.SASARAN, sasaran));
        lastBanner = "";
        pending = null;
        tables++;
        state = State.TABLE;
        listener.startTable(header);
    }

    private void endTable() {
        flush();
        listener.endTable();
        map = null;
        state = State.SEARCHING;
    }

    private void flush() {
        if (pending != null) {
            listener.row(pending);
            pending = null;
        }
    }

    /** A row without values: it may title a table that follows. */
    private void trail(SheetRow row) {
        trailing.addLast(row);
        if (trailing.size() > TITLE_ROWS) {
            trailing.removeFirst();
        }
    }

    private void remember(SheetRow row) {
        recent.addLast(row);
        if (recent.size() > TITLE_ROWS) {
            recent.removeFirst();
        }
    }

    /**
     * The row as its fields; a shifted row is read realigned, its cells keeping the place they were typed in, so
     * that a finding points at the cell a person sees.
     */
    private TableRow toTableRow(SheetRow typed, int shift) {
        SheetRow row = shift == 0 ? typed : shifted(typed, shift);
        Map<Field, String> texts = new EnumMap<>(Field.class);
        Map<Field, Cell> values = new EnumMap<>(Field.class);
        for (Map.Entry<Field, List<Integer>> e : map.columns().entrySet()) {
            Field field = e.getKey();
            if (field.isValue()) {
                typed.cell(e.getValue().get(0) - shift).filter(SheetLayout::isValueCell)
                        .ifPresent(c -> values.put(field, c));
            } else {
                String text = join(row, e.getValue());
                if (Field.LABELS.contains(field)) {
                    text = Words.stripEnumerator(text);
                }
                if (!text.isEmpty()) {
                    texts.put(field, text);
                }
            }
        }
        List<Cell> others = new ArrayList<>();
        for (int column : map.otherValues()) {
            typed.cell(column - shift).filter(SheetLayout::isValueCell).ifPresent(others::add);
        }
        if (texts.isEmpty() && values.isEmpty() && others.isEmpty()) {
            return null;
        }
        return new TableRow(row.number(), kindOf(row), texts, values, others, columnLevel(texts), shift);
    }

    /** A merged range's copies give labels to the cells they cover, never a value counted twice. */
    private static boolean isValueCell(Cell c) {
        return !c.isBlank() && !c.mergedCopy();
    }

    /**
     * A row holding a single text with no number: merged across the table, or alone outside the columns an
     * indicator or budget line is named in. It heads the rows below it rather than being one of them.
     */
    private boolean isBanner(SheetRow row) {
        List<Cell> filled = row.filled();
        if (filled.isEmpty() || filled.stream().anyMatch(c -> c.kind() != CellKind.TEXT && !c.mergedCopy())) {
            return false;
        }
        String text = Words.normalise(filled.get(0).text());
        if (!filled.stream().allMatch(c -> Words.normalise(c.text()).equals(text))) {
            return false;
        }
        if (filled.size() > 1 || headingSasaran(row).isPresent()
                || vocabulary.rows().heading().stream().anyMatch(w -> Words.startsWithPhrase(text, w))) {
            return true;
        }
        int column = filled.get(0).column();
        return Stream.of(Field.INDIKATOR, Field.URAIAN, Field.PROGRAM, Field.KEGIATAN, Field.SUB_KEGIATAN)
                .noneMatch(f -> map.columnsOf(f).contains(column));
    }

    /** A row of one text, merged across or not, that heads the rows of a sasaran. */
    private boolean isSasaranHeading(SheetRow row) {
        List<Cell> filled = row.filled();
        String text = filled.isEmpty() ? "" : filled.get(0).text().strip();
        return (headingSasaran(row).isPresent() || SASARAN_NUMBER.matcher(text).matches())
                && filled.stream().allMatch(c -> c.text().strip().equals(text));
    }

    /** The lower rows of a range merged down hold nothing of their own: no row of the table. */
    private static boolean onlyMergedCopies(SheetRow row) {
        return row.filled().stream().allMatch(Cell::mergedCopy);
    }

    /**
     * The sasaran a heading names: {@code Sasaran 1 : Meningkatnya …} gives {@code Meningkatnya …}, and so does
     * {@code Meningkatnya …} on the row under a bare {@code Sasaran 3.} (seed 004 l.1356).
     */
    private Optional<String> headingSasaran(SheetRow row) {
        List<Cell> filled = row.filled();
        return filled.isEmpty() ? Optional.empty() : sasaranOf(lastBanner, filled.get(0).text().strip());
    }

    private static Optional<String> sasaranOf(String above, String line) {
        Matcher m = SASARAN_HEADING.matcher(line);
        if (m.matches() && !m.group(1).isBlank()) {
            return Optional.of(m.group(1).strip());
        }
        boolean named = !line.isEmpty() && !SASARAN_NUMBER.matcher(line).matches();
        return named && SASARAN_NUMBER.matcher(above.strip()).matches() ? Optional.of(line) : Optional.empty();
    }

    /** The sasaran the title rows above a table name, as a heading over its rows. */
    private static Optional<String> sasaranOf(List<String> titleLines) {
        Optional<String> found = Optional.empty();
        String above = "";
        for (String line : titleLines) {
            Optional<String> named = sasaranOf(above, line.strip());
            if (named.isPresent()) {
                found = named;
            }
            above = line;
        }
        return found;
    }

    /**
     * A row whose cells sit one column left or right of their headers: a label under a value column and the
     * rest fitting once moved. Returns the move (+1 right, -1 left), 0 for a row that fits as it is.
     */
    private int shiftOf(SheetRow row) {
        List<Cell> cells = row.filled().stream().filter(c -> !c.mergedCopy()).toList();
        if (cells.size() < 3 || misfits(cells, 0) == 0) {
            return 0;
        }
        for (int move : new int[] {1, -1}) {
            if (misfits(cells, move) == 0) {
                return move;
            }
        }
        return 0;
    }

    private int misfits(List<Cell> cells, int move) {
        int misfits = 0;
        for (Cell c : cells) {
            Optional<Field> field = fieldAt(c.column() + move);
            if (field.isEmpty()) {
                misfits++;
            } else if (Field.LABELS.contains(field.get()) && looksNumeric(c)
                    || field.get().isValue() && looksLikeSentence(c)) {
                misfits++;
            }
        }
        return misfits;
    }

    private Optional<Field> fieldAt(int column) {
        return map.columns().entrySet().stream().filter(e -> e.getValue().contains(column)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** A number, a percent, an amount, a count: digits with few letters around them. */
    private static boolean looksNumeric(Cell c) {
        if (c.kind() == CellKind.NUMBER) {
            return true;
        }
        String t = c.text();
        long digits = t.chars().filter(Character::isDigit).count();
        long letters = t.chars().filter(Character::isLetter).count();
        return digits > 0 && letters <= 8 && !Words.isEnumerated(t);
    }

    /** Words a value column never holds: three words or more, or a dozen letters. */
    private static boolean looksLikeSentence(Cell c) {
        String t = c.text().strip();
        long letters = t.chars().filter(Character::isLetter).count();
        return c.kind() == CellKind.TEXT && (letters >= 12 || Words.WHITESPACE.split(t).length >= 3);
    }

    /** The row's own cells moved; the copies of a merged range stay where the range is, under their header. */
    private static SheetRow shifted(SheetRow row, int move) {
        List<Cell> cells = new ArrayList<>();
        row.cells().stream().filter(c -> !c.mergedCopy()).forEach(c -> cells.add(new Cell(c.column() + move, c.text(),
                c.kind(), c.number(), c.format(), false)));
        row.cells().stream().filter(Cell::mergedCopy)
                .filter(copy -> cells.stream().noneMatch(c -> c.column() == copy.column())).forEach(cells::add);
        cells.sort(Comparator.comparingInt(Cell::column));
        return new SheetRow(row.number(), cells, row.hidden());
    }

    private static String join(SheetRow row, List<Integer> columns) {
        StringBuilder sb = new StringBuilder();
        for (int column : columns) {
            String t = row.text(column);
            if (!t.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        return Words.squeeze(sb).strip();
    }

    /**
     * A {@code Jumlah}/{@code Total} or {@code Rata-rata} row, told from an indicator that merely starts with
     * those words ({@code 4. Rata-rata Lama Sekolah}, {@code Jumlah PD yang menyusun SOP}): a numbered row is
     * never a total, and in a performance table only the bare words count.
     */
    private RowKind kindOf(SheetRow row) {
        String label = labelText(row);
        if (label.isEmpty() || Words.isEnumerated(label)) {
            return RowKind.DATA;
        }
        String n = Words.normalise(label);
        HeaderVocabulary.RowWords words = vocabulary.rows();
        boolean budget = map.kind().hasBudget();
        if (words.total().contains(n) || words.grandTotal().contains(n)
                || (budget && words.total().stream().anyMatch(w -> Words.startsWithPhrase(n, w)))) {
            return RowKind.TOTAL;
        }
        if (words.average().contains(n)
                || words.average().stream().anyMatch(w -> Words.startsWithPhrase(n, w) && n.contains("capaian"))) {
            return RowKind.AVERAGE;
        }
        return RowKind.DATA;
    }

    /** The leftmost text in the number or label columns that is not a bare row number. */
    private String labelText(SheetRow row) {
        int best = Integer.MAX_VALUE;
        String label = "";
        for (Field f : List.of(Field.NO, Field.URAIAN, Field.PROGRAM, Field.KEGIATAN, Field.SUB_KEGIATAN,
                Field.INDIKATOR, Field.SASARAN)) {
            for (int column : map.columnsOf(f)) {
                Optional<Cell> cell = row.cell(column);
                if (cell.isEmpty() || cell.get().isBlank() || cell.get().kind() != CellKind.TEXT
                        || Words.isEnumeratorOnly(cell.get().text()) || column >= best) {
                    continue;
                }
                best = column;
                label = cell.get().text().strip();
            }
        }
        return label;
    }

    private BudgetLevel columnLevel(Map<Field, String> texts) {
        if (texts.containsKey(Field.SUB_KEGIATAN)) {
            return BudgetLevel.SUB_KEGIATAN;
        }
        if (texts.containsKey(Field.KEGIATAN)) {
            return BudgetLevel.KEGIATAN;
        }
        return texts.containsKey(Field.PROGRAM) ? BudgetLevel.PROGRAM : BudgetLevel.UNKNOWN;
    }

    /** A row holding only more sasaran/indikator text, right under a row with values: a wrapped cell. */
    private boolean continuesPending(TableRow row) {
        return pending != null && pending.kind() == RowKind.DATA && !pending.values().isEmpty()
                && row.kind() == RowKind.DATA && row.number() == pendingLastRow + 1
                && map.has(Field.NO) && row.text(Field.NO).isEmpty()
                && row.values().isEmpty() && row.otherValues().isEmpty()
                && (row.texts().containsKey(Field.SASARAN) || row.texts().containsKey(Field.INDIKATOR))
                && row.texts().keySet().stream().allMatch(f -> f == Field.SASARAN || f == Field.INDIKATOR);
    }

    private static TableRow joined(TableRow first, TableRow more) {
        Map<Field, String> texts = new EnumMap<>(first.texts());
        more.texts().forEach((f, t) -> texts.merge(f, t, (a, b) -> a + " " + b));
        return new TableRow(first.number(), first.kind(), texts, first.values(), first.otherValues(),
                first.columnLevel(), first.shift());
    }

    private TableRow carryDown(TableRow row) {
        if (row.kind() != RowKind.DATA) {
            return row;
        }
        Map<Field, String> texts = new EnumMap<>(row.texts());
        carry(texts, Field.SASARAN);
        if (texts.containsKey(Field.PROGRAM)) {
            carried.remove(Field.KEGIATAN);
        }
        carry(texts, Field.PROGRAM);
        carry(texts, Field.KEGIATAN);
        return new TableRow(row.number(), row.kind(), texts, row.values(), row.otherValues(), row.columnLevel(),
                row.shift());
    }

    /** A blank field takes the value of the rows above it; a sasaran given by a heading counts too. */
    private void carry(Map<Field, String> texts, Field field) {
        if (!map.has(field) && !(field == Field.SASARAN && carried.containsKey(field))) {
            return;
        }
        String own = texts.get(field);
        if (own != null) {
            carried.put(field, own);
        } else if (carried.containsKey(field)) {
            texts.put(field, carried.get(field));
        }
    }

    private boolean repeatsHeader(SheetRow row) {
        List<Cell> filled = row.filled();
        for (List<String> header : headerTexts) {
            if (header.size() == filled.size() && sameTexts(header, filled)) {
                return true;
            }
        }
        return false;
    }

    /** True when the cells' texts, normalised, are {@code texts}; most rows differ in their first cell. */
    private static boolean sameTexts(List<String> texts, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!texts.get(i).equals(Words.normalise(cells.get(i).text()))) {
                return false;
            }
        }
        return true;
    }

    private boolean isCaption(SheetRow row) {
        List<Cell> filled = row.filled();
        if (filled.size() != 1) {
            return false;
        }
        String n = Words.normalise(filled.get(0).text());
        return vocabulary.rows().caption().stream().anyMatch(w -> Words.startsWithPhrase(n, w));
    }

    /** A source note or the signature block under a table. */
    private boolean isClosing(SheetRow row) {
        List<Cell> filled = row.filled();
        if (filled.isEmpty() || filled.size() > 2 || filled.stream().anyMatch(c -> c.kind() == CellKind.NUMBER)) {
            return false;
        }
        String n = Words.normalise(filled.get(0).text());
        return vocabulary.rows().end().stream().anyMatch(w -> Words.startsWithPhrase(n, w));
    }

    private static List<String> normalisedTexts(SheetRow row) {
        return row.filled().stream().map(c -> Words.normalise(c.text())).toList();
    }

    private static String rowText(SheetRow row) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : row.filled()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(c.text().strip());
        }
        return sb.toString();
    }
}
