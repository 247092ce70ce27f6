package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.saring.read.UnreadableFileException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The format is decided by the bytes: planners rename files, and web systems save HTML as {@code .xls}. */
class InputFormatTest {

    /** A small workbook, written once: building the first one loads most of POI. */
    private static byte[] xlsx;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("IKU").createRow(0).createCell(0).setCellValue("Nilai LPPD");
            wb.write(bytes);
        }
        xlsx = bytes.toByteArray();
    }

    @Test
    void anXlsxWorkbookIsXlsx() throws Exception {
        assertThat(InputFormat.of(write("iku.xlsx", xlsx))).isEqualTo(InputFormat.XLSX);
    }

    @Test
    void anXlsxRenamedToCsvIsStillXlsx() throws Exception {
        assertThat(InputFormat.of(write("iku.csv", xlsx))).isEqualTo(InputFormat.XLSX);
    }

    @Test
    void aCsvNamedXlsxIsDelimitedText() throws Exception {
        byte[] csv = "No;Indikator;Target\n1;Nilai LPPD;3,22\n".getBytes(StandardCharsets.UTF_8);

        assertThat(InputFormat.of(write("iku.xlsx", csv))).isEqualTo(InputFormat.DELIMITED_TEXT);
    }

    @Test
    void anEmptyFileIsEmpty() throws Exception {
        Path file = write("iku.xlsx", new byte[0]);

        assertThatThrownBy(() -> InputFormat.of(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY));
    }

    @Test
    void aTruncatedXlsxIsStillXlsxAndItsReaderCallsItCorrupt() throws Exception {
        byte[] whole = xlsx;
        // an interrupted download keeps the zip's first entry headers but not its central directory
        Path file = write("iku.xlsx", Arrays.copyOf(whole, 600));

        assertThat(InputFormat.of(file)).isEqualTo(InputFormat.XLSX);
        assertThatThrownBy(() -> new InputReader().read(file, new RecordingVisitor()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @EnumSource(value = EncryptionMode.class, names = {"standard", "agile"})
    void anXlsxSavedWithAPasswordToOpenIsEncrypted(EncryptionMode mode) throws Exception {
        // like corpus/poi/protected_passtika.xlsx: an OLE2 container holding EncryptionInfo and EncryptedPackage
        Path file = dir.resolve("iku-dikunci.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(mode).getEncryptor();
            encryptor.confirmPassword("tika");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> InputFormat.of(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.ENCRYPTED));
    }

    @Test
    void anOle2WorkbookWithoutEncryptionIsXls() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("IKU").createRow(0).createCell(0).setCellValue("Nilai LPPD");
            wb.write(bytes);
        }

        assertThat(InputFormat.of(write("iku.xls", bytes.toByteArray()))).isEqualTo(InputFormat.XLS);
    }

    @Test
    void aZipWhoseFirstEntryIsTheOpenDocumentMimetypeIsOds() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // ODF puts an uncompressed "mimetype" entry first, so its text is readable in the first bytes
            PackageParts.odsMimetype(zip);
            PackageParts.put(zip, "content.xml", "<office:document-content/>");
        }

        assertThat(InputFormat.of(write("iku.ods", bytes.toByteArray()))).isEqualTo(InputFormat.ODS);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "<html><body><table><tr><td>Nilai LPPD</td></tr></table></body></html>",
        "\uFEFF<table border=1><tr><td>Nilai LPPD</td></tr></table>",
        "\r\n  <HTML><TABLE><TR><TD>Nilai LPPD</TD></TR></TABLE></HTML>"})
    void markupSavedAsXlsIsHtml(String text) throws Exception {
        // web systems export "Excel" that is an HTML table; a UTF-8 byte-order mark or blank lines may precede it
        assertThat(InputFormat.of(write("laporan.xls", text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(InputFormat.HTML);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            UTF-16LE, fffe
            UTF-16BE, feff
            UTF-16LE, ''
            """)
    void utf16TextIsDelimitedTextWithOrWithoutByteOrderMark(String charset, String bomHex) throws Exception {
        byte[] bom = HexFormat.of().parseHex(bomHex);
        byte[] body = "Indikator\tTarget\nNilai LPPD\t3,22\n".getBytes(Charset.forName(charset));
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        assertThat(InputFormat.of(write("iku.txt", all))).isEqualTo(InputFormat.DELIMITED_TEXT);
    }

    @Test
    void anEmptyZipIsAWorkbookItsReaderCallsCorrupt() throws Exception {
        // corpus/poi/invalid.xlsx: the end-of-central-directory record of an archive with no entry
        byte[] emptyZip = new byte[22];
        emptyZip[0] = 'P';
        emptyZip[1] = 'K';
        emptyZip[2] = 5;
        emptyZip[3] = 6;
        Path file = write("invalid.xlsx", emptyZip);

        assertThat(InputFormat.of(file)).isEqualTo(InputFormat.XLSX);
        assertThatThrownBy(() -> new InputReader().read(file, new RecordingVisitor()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT));
    }

    @Test
    void zeroBytesAreNotTextButAnUnsupportedFormat() throws Exception {
        Path file = write("nol.csv", new byte[600]);

        assertThatThrownBy(() -> InputFormat.of(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_FORMAT));
    }

    @Test
    void gzipBytesNamedCsvAreAnUnsupportedFormat() throws Exception {
        // as corpus/frictionless/compression/implicit-gz.csv
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("No;Indikator;Target\n1;Nilai LPPD;3,22\n".repeat(20).getBytes(StandardCharsets.UTF_8));
        }
        Path file = write("iku.csv", bytes.toByteArray());

        assertThatThrownBy(() -> InputFormat.of(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_FORMAT));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }
}
