package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses a workbook that places a cell beyond Excel's last column, XFD ({@value #COLUMNS} columns). No
 * spreadsheet program writes one, and FastExcel makes room in a row for every column up to a cell's: one cell
 * named {@code CWWWWWWWWWWWWWW4} in a file of 1 KB filled the memory (found by fuzzing, FUZZING.md). Every part
 * of the package is streamed before the rows are read, with the parser FastExcel reads them with: FastExcel reads
 * whatever part the workbook's relationships name as a sheet, whatever its root element (a sheet part whose root
 * was not {@code worksheet} filled the memory again, FUZZING.md finding 6). Damage is left for the workbook's reader
 * to report.
 */
final class XlsxColumnLimit {

    static final int COLUMNS = 16_384;

    private XlsxColumnLimit() {
    }

    /** @throws UnreadableFileException when a worksheet names a cell beyond column XFD */
    static void check(Path file) throws UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    checkPart(zip, entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a package that does not open is for the workbook's reader to report as damaged
        }
    }

    private static void checkPart(ZipFile zip, ZipEntry entry) throws IOException, UnreadableFileException {
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = XmlInput.asFastExcel(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("c")) {
                        String ref = reader.getAttributeValue(null, "r");
                        if (ref != null && beyondLastColumn(ref)) {
                            throw new UnreadableFileException(Problem.CORRUPT, entry.getName() + ": cell "
                                    + ref.substring(0, Math.min(ref.length(), 32)) + " lies beyond column XFD");
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // not XML, or damaged XML: FastExcel's parser stops at the same place, after the cells seen here, and
            // the workbook's reader reports it if the part is one it needs
        }
    }

    /**
     * Whether FastExcel would place the cell of A1 reference {@code ref} beyond column XFD. The column is computed
     * as FastExcel computes it (a leading {@code $} skipped, every character up to a digit or {@code $} taken as a
     * letter, ASCII letters of either case, int arithmetic that wraps), so that no reference it would read as a
     * huge column passes here as a small one.
     */
    static boolean beyondLastColumn(String ref) {
        int column = 0;
        for (int i = ref.startsWith("$") ? 1 : 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '$' || c >= '0' && c <= '9') {
                break;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            column = column * 26 + upper - 'A' + 1;
        }
        return column > COLUMNS;
    }
}
