package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams {@code .xlsx}/{@code .xlsm} workbooks with FastExcel's reader: rows are handed on as they are
 * parsed, so a sheet of any length is read in bounded memory. Formulas give their cached values; merged ranges
 * (read by {@link XlsxPackage}) give their first cell to every cell they cover.
 *
 * <p>FastExcel checks neither sizes nor compression: a package reaches it only once {@link PackageLimits} passed
 * it, and with shared strings of at most {@value #MAX_SHARED_STRINGS_BYTES} bytes.
 */
public final class XlsxReader implements TableFileReader {

    /**
     * FastExcel keeps every shared string up to the highest one a cell uses, so the shared-strings part is the one
     * part held in memory. 32 MiB of the smallest strings ({@code <si><t>a</t></si>}) are two million strings of
     * about 50 bytes of heap each, 100 MB; an agency's workbook has under a megabyte of them.
     */
    static final long MAX_SHARED_STRINGS_BYTES = 32L << 20;

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        try {
            PackageLimits.check(file);
        } catch (IOException damaged) {
            throw new UnreadableFileException(Problem.CORRUPT, workbookReaderSays(file, damaged), damaged);
        }
        XlsxPackage pack = XlsxPackage.of(file);
        if (pack.sharedStringsBytes() > MAX_SHARED_STRINGS_BYTES) {
            throw new UnreadableFileException(Problem.SHARED_STRINGS_TOO_LARGE,
                    "shared strings unpack to " + pack.sharedStringsBytes() + " bytes",
                    List.of(PackageLimits.megabytes(pack.sharedStringsBytes()),
                            PackageLimits.megabytes(MAX_SHARED_STRINGS_BYTES)));
        }
        // FastExcel finds no styles part in a minimal package when asked for formats: ask only when there is one
        ReadingOptions options = new ReadingOptions(pack.styles(), true);
        Map<String, List<MergedRegions.Region>> merges = pack.merges();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), options)) {
            ShownNumbers shown = new ShownNumbers(workbook.isDate1904());
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                // a <sheet> of xl/workbook.xml without its name attribute: its rows are kept under an empty name
                String name = Objects.requireNonNullElse(sheet.getName(), "");
                readSheet(sheet, name, visitor, shown, new MergedRegions(merges.getOrDefault(name, List.of())));
            }
        } catch (VisitorFailure e) {
            throw e.unwrap();
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(Problem.CORRUPT, String.valueOf(e.getMessage()), e);
        } catch (RuntimeException e) {
            // FastExcel reports damaged parts with runtime exceptions of several kinds
            throw new UnreadableFileException(Problem.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (NoClassDefFoundError e) {
            // a part compressed with a method (Zstandard, XZ) whose codec FastExcel's zip library loads only when it
            // meets one, and saring does not ship; found by fuzzing (FUZZING.md)
            if (!fromZipLibrary(e)) {
                throw e;
            }
            throw new UnreadableFileException(Problem.CORRUPT, "a part compressed with a method not supported: "
                    + e.getMessage(), e);
        }
    }

    /**
     * What FastExcel's zip library (Commons Compress) says of a package the JDK cannot check, in the words a planner
     * saw before the check; the JDK's words when Commons Compress opens it: a package whose parts were not all
     * checked is refused either way.
     */
    // the constructor FastExcel 0.20 opens packages with, deprecated since: its words are those planners saw
    @SuppressWarnings({"deprecation", "try"})
    private static String workbookReaderSays(Path file, IOException jdk) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return jdk.getClass().getSimpleName() + ": " + jdk.getMessage();
        } catch (IOException | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static boolean fromZipLibrary(NoClassDefFoundError e) {
        StackTraceElement[] stack = e.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith("org.apache.commons.compress.");
    }

    private static void readSheet(Sheet sheet, String name, SheetVisitor visitor, ShownNumbers shown,
            MergedRegions merged) throws IOException {
        VisitorFailure.call(() -> visitor.startSheet(name, sheet.getVisibility() != SheetVisibility.VISIBLE));
        try (Stream<Row> rows = sheet.openStream()) {
            rows.forEach(row -> {
                List<Cell> cells = new ArrayList<>(row.getCellCount());
                for (org.dhatim.fastexcel.reader.Cell cell : row) {
                    if (cell != null) {
                        toCell(cell, shown).ifPresent(cells::add);
                    }
                }
                SheetRow sheetRow = merged.spread(new SheetRow(row.getRowNum(), cells, row.isHidden()));
                VisitorFailure.call(() -> visitor.row(sheetRow));
            });
        }
        VisitorFailure.call(visitor::endSheet);
    }

    private static Optional<Cell> toCell(org.dhatim.fastexcel.reader.Cell cell, ShownNumbers shown) {
        int column = cell.getColumnIndex();
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> Optional.empty();
            case NUMBER -> Optional.of(numeric(column, cell.asNumber(), cell, shown));
            case STRING -> text(column, cell.getText());
            case BOOLEAN -> Optional.of(new Cell(column, String.valueOf(value).toUpperCase(Locale.ROOT),
                    CellKind.BOOLEAN, Optional.empty(), ""));
            case ERROR -> Optional.of(new Cell(column, cell.getRawValue(), CellKind.ERROR, Optional.empty(), ""));
            case FORMULA -> {
                if (value instanceof BigDecimal number) {
                    yield Optional.of(numeric(column, number, cell, shown));
                }
                String s = value == null ? "" : String.valueOf(value);
                if (s.startsWith("#")) {
                    yield Optional.of(new Cell(column, s, CellKind.ERROR, Optional.empty(), ""));
                }
                yield text(column, s);
            }
        };
    }

    private static Optional<Cell> text(int column, String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(Cell.text(column, text));
    }

    private static Cell numeric(int column, BigDecimal number, org.dhatim.fastexcel.reader.Cell cell,
            ShownNumbers shown) {
        Integer id = cell.getDataFormatId();
        return shown.cell(column, number, id == null ? 0 : id, cell.getDataFormatString());
    }

}
