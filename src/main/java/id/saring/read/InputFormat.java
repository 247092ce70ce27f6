package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** A file format, decided from the file's bytes rather than its name (a renamed file is read as what it is). */
public enum InputFormat {
    XLSX,
    XLS,
    ODS,
    HTML,
    DELIMITED_TEXT;

    /** A zip's local file header, empty-archive record or spanning marker: all start with {@code PK}. */
    private static final byte[][] ZIP = {{0x50, 0x4b, 0x03, 0x04}, {0x50, 0x4b, 0x05, 0x06}, {0x50, 0x4b, 0x07, 0x08}};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
        (byte) 0xe1};
    private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /**
     * Looks at the first bytes of {@code file}.
     *
     * @throws UnreadableFileException for an empty, encrypted or binary file of no known kind
     */
    public static InputFormat of(Path file) throws IOException, UnreadableFileException {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            throw new UnreadableFileException(Problem.EMPTY, "0 bytes");
        }
        head = Arrays.copyOf(head, n);
        if (startsWith(head, ZIP[0]) || startsWith(head, ZIP[1]) || startsWith(head, ZIP[2])) {
            String local = new String(head, StandardCharsets.ISO_8859_1);
            if (local.contains("mimetype") && local.contains(ODS_MIMETYPE)) {
                return ODS;
            }
            refuseUnreadableWorkbooks(file);
            return XLSX;
        }
        if (startsWith(head, OLE2)) {
            if (isEncryptedPackage(file)) {
                throw new UnreadableFileException(Problem.ENCRYPTED, "OLE2 EncryptedPackage");
            }
            return XLS;
        }
        if (looksLikeMarkup(head)) {
            return HTML;
        }
        if (looksBinary(head)) {
            throw new UnreadableFileException(Problem.UNSUPPORTED_FORMAT, "binary content");
        }
        return DELIMITED_TEXT;
    }

    /**
     * Excel's binary workbook ({@code .xlsb}) and the Strict Open XML variant are zip packages like an xlsx
     * whose parts no reader here understands: they are named as such rather than reported damaged.
     */
    private static void refuseUnreadableWorkbooks(Path file) throws UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new UnreadableFileException(Problem.UNSUPPORTED_FORMAT, "Excel Binary Workbook (.xlsb)");
            }
            ZipEntry workbook = zip.getEntry("xl/workbook.xml");
            if (workbook != null) {
                try (InputStream in = zip.getInputStream(workbook)) {
                    String start = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
                    if (start.contains(STRICT_NAMESPACE)) {
                        throw new UnreadableFileException(Problem.UNSUPPORTED_FORMAT, "Strict Open XML");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a package that does not open is for the xlsx reader to report as damaged
        }
    }

    /** An xlsx saved with a password to open is an OLE2 container holding an encrypted package. */
    private static boolean isEncryptedPackage(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false; // a damaged container is for the format's own reader to reject
        }
    }

    private static boolean looksLikeMarkup(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "").stripLeading();
        return s.startsWith("<");
    }

    /** A zero byte in anything but UTF-16 text means binary content. */
    private static boolean looksBinary(byte[] head) {
        var charset = TextEncoding.detect(head, true).charset();
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
