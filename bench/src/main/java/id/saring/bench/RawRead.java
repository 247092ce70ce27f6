package id.saring.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads every cell of every sheet of every xlsx under the given paths and does nothing else, to set the floor and
 * the naive ceiling the pipeline is measured against:
 *
 * <ul>
 *   <li>{@code fastexcel}: FastExcel's streaming reader, the reader saring uses: the fastest a tool built on it
 *       could be;
 *   <li>{@code poi-sax}: POI's event API (XSSFSheetXMLHandler) with the DataFormatter, streaming too;
 *   <li>{@code xssf}: {@code new XSSFWorkbook(file)}, the whole package as objects, what a naive tool does.
 * </ul>
 *
 * Prints one line, {@code reader=... files=... rows=... cells=... seconds=... rows_per_s=... files_per_s=...},
 * for bench/run to parse. A checksum of the cell texts is printed as well, so that no JIT can skip the reading.
 */
public final class RawRead {

    private long rows;
    private long cells;
    private long checksum;

    private RawRead() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !List.of("fastexcel", "xssf", "poi-sax").contains(args[0])) {
            System.err.println("usage: RawRead fastexcel|xssf|poi-sax PATH...");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> all = Stream.of(args).skip(1).map(Path::of).flatMap(RawRead::walk)) {
            files = all.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")).sorted()
                    .toList();
        }
        RawRead read = new RawRead();
        long started = System.nanoTime();
        for (Path file : files) {
            switch (args[0]) {
                case "fastexcel" -> read.fastexcel(file);
                case "xssf" -> read.xssf(file);
                default -> read.poiSax(file);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "reader=%s files=%d rows=%d cells=%d seconds=%.3f rows_per_s=%.0f "
                        + "files_per_s=%.1f checksum=%d%n", args[0], files.size(), read.rows, read.cells, seconds,
                read.rows / seconds, files.size() / seconds, read.checksum);
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.isDirectory(root) ? Files.walk(root).filter(Files::isRegularFile).toList().stream()
                    : Stream.of(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every sheet streamed; each cell's raw text (the shared string resolved, the number as stored). */
    private void fastexcel(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        rows++;
                        for (org.dhatim.fastexcel.reader.Cell cell : row) {
                            if (cell != null) {
                                cells++;
                                String raw = cell.getRawValue();
                                checksum += raw == null ? 0 : raw.length();
                            }
                        }
                    });
                }
            }
        }
    }

    /** The whole package loaded as objects, every cell rendered as Excel shows it. */
    private void xssf(Path file) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    rows++;
                    for (Cell cell : row) {
                        cells++;
                        checksum += formatter.formatCellValue(cell).length();
                    }
                }
            }
        }
    }

    /** POI's streaming event reader: SAX over each sheet part, cells formatted by the DataFormatter. */
    private void poiSax(Path file) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            SheetContentsHandler handler = new SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                    rows++;
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String reference, String formattedValue, XSSFComment comment) {
                    cells++;
                    checksum += formattedValue == null ? 0 : formattedValue.length();
                }
            };
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, handler,
                            new DataFormatter(Locale.ROOT), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
    }
}
