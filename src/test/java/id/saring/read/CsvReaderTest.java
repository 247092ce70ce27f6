package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV exports in the dialects agencies produce. The rows are those of the Sumber Harta IKU table
 * ({@code 003} l.563-565), written as Indonesian Excel, LibreOffice and web systems write them.
 */
class CsvReaderTest {

    @TempDir
    Path dir;

    private static final List<String> IKU_ROWS = List.of(
            "1: 0=No | 1=Sasaran Strategis | 2=Indikator kinerja | 3=Tatget | 4=Ralisasi | 5=Capaian ( % )",
            "2: 0=1 | 1=Meningkatnya Kualitas Pelayanan Publik | 2=Indeks Kepuasan masyarakat | 3=84 | 4=79,35"
                    + " | 5=94,05%");

    @ParameterizedTest(name = "[{index}] delimiter {0}")
    @ValueSource(chars = {';', ',', '\t', '|'})
    void readsTheFieldsOfEveryDialect(char d) throws Exception {
        // 003 l.563-564; in a comma file the decimal comma must be quoted
        String realisasi = d == ',' ? "\"79,35\"" : "79,35";
        String capaian = d == ',' ? "\"94,05%\"" : "94,05%";
        String text = String.join(String.valueOf(d), "No", "Sasaran Strategis", "Indikator kinerja", "Tatget",
                "Ralisasi", "Capaian ( % )") + "\r\n"
                + String.join(String.valueOf(d), "1", "Meningkatnya Kualitas Pelayanan Publik",
                        "Indeks Kepuasan masyarakat", "84", realisasi, capaian) + "\r\n";

        RecordingVisitor visitor = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactlyElementsOf(IKU_ROWS);
    }

    static Stream<Arguments> delimiterSamples() {
        return Stream.of(
                Arguments.of("No;Indikator;Target\n1;Nilai LPPD;3,22\n2;Skor Evaluasi LPPD;2,85\n", ';'),
                Arguments.of("No,Indikator,Target\n1,Nilai LPPD,\"3,22\"\n2,Skor Evaluasi LPPD,\"2,85\"\n", ','),
                Arguments.of("No\tIndikator\tTarget\n1\tNilai LPPD\t3,22\n", '\t'),
                Arguments.of("No|Indikator|Target\n1|Nilai LPPD|3,22\n", '|'),
                // 000 l.1963-1965: a decimal comma in every line but one semicolon per line
                Arguments.of("Indikator;Capaian\nAngka Harapan Hidup;106,88\nAngka Harapan Lama Sekolah;99,92\n"
                        + "Rata-rata Lama Sekolah;96,33\n", ';'));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("delimiterSamples")
    void detectsTheDelimiterThatSplitsMostLinesAlike(String sample, char expected) {
        assertThat(CsvReader.detectDelimiter(sample)).isEqualTo(expected);
    }

    @Test
    void commasInsideQuotesDoNotOutvoteTheSemicolon() {
        // ragged rows (hand-edited export): the semicolons vary per line, the quoted decimal commas do not;
        // counting the quoted commas would make ',' the most consistent candidate
        String sample = "Indikator;Target;Realisasi\n"
                + "\"Nilai LPPD\";\"3,22\";\"2,85\"\n"
                + "\"Rata-rata Lama Sekolah, Tahun\";\"8,45\"\n"
                + "\"Indeks Gini Ratio\";\"0,31\";\"0,313\";\n";

        assertThat(CsvReader.detectDelimiter(sample)).isEqualTo(';');
    }

    @Test
    void aSingleColumnFileFallsBackToComma() {
        assertThat(CsvReader.detectDelimiter("Indikator\nNilai LPPD\nIndeks Inflasi\n")).isEqualTo(',');
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstField() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = "No;Indikator\n3.;Indeks Inflasi 3 \u00b1 1\n".getBytes(StandardCharsets.UTF_8);

        RecordingVisitor visitor = read(concat(bom, body));

        assertThat(RecordingVisitor.texts(visitor.only().rows()))
                .containsExactly("1: 0=No | 1=Indikator", "2: 0=3. | 1=Indeks Inflasi 3 \u00b1 1");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            UTF-8
            windows-1252
            """)
    void readsAccentsAndSymbolsInUtf8AndWindows1252WithoutByteOrderMark(String charset) throws Exception {
        // 004 l.913 "3 ± 1" and an en dash as in 000 l.2079 "Rata – rata"; both bytes differ between the two
        String text = "Indikator;Target\nIndeks Inflasi;3 \u00b1 1\nRata \u2013 rata capaian kinerja;98,12\n";

        RecordingVisitor visitor = read(text.getBytes(Charset.forName(charset)));

        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactly(
                "1: 0=Indikator | 1=Target",
                "2: 0=Indeks Inflasi | 1=3 \u00b1 1",
                "3: 0=Rata \u2013 rata capaian kinerja | 1=98,12");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            UTF-16LE, fffe
            UTF-16BE, feff
            """)
    void readsUtf16WithByteOrderMark(String charset, String bomHex) throws Exception {
        byte[] bom = HexFormat.of().parseHex(bomHex);
        byte[] body = "Indikator\tTarget\tRealisasi\nNilai LPPD\t3,22\t2,85\n".getBytes(Charset.forName(charset));

        RecordingVisitor visitor = read(concat(bom, body));

        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactly(
                "1: 0=Indikator | 1=Target | 2=Realisasi",
                "2: 0=Nilai LPPD | 1=3,22 | 2=2,85");
    }

    @Test
    void rowNumbersAreRecordNumbersWhenAQuotedFieldHoldsLineBreaks() throws Exception {
        // a wrapped cell exported from Excel, CRLF inside and outside the quotes (as csv-spectrum newlines_crlf)
        String text = "No;Indikator Kinerja;Target\r\n"
                + "4;\"Persentase Desa dan kelurahan\r\nyang bebas Konflik\";100%\r\n"
                + "5;Persentase Desa Yang tertib Administrasi;87%\r\n";

        RecordingVisitor visitor = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactly(
                "1: 0=No | 1=Indikator Kinerja | 2=Target",
                "2: 0=4 | 1=Persentase Desa dan kelurahan\r\nyang bebas Konflik | 2=100%",
                "3: 0=5 | 1=Persentase Desa Yang tertib Administrasi | 2=87%");
    }

    @Test
    void blankLinesKeepTheirRowNumberAndBlankFieldsKeepTheirColumn() throws Exception {
        // 003 l.573: the second indicator of a sasaran leaves No and Sasaran empty
        String text = "No;Sasaran;Indikator;Target\n"
                + "\n"
                + ";;2.Indeks Profesional ASN Kecamatan Sumber Harta;55.17\n";

        RecordingVisitor visitor = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactly(
                "1: 0=No | 1=Sasaran | 2=Indikator | 3=Target",
                "2: ",
                "3: 2=2.Indeks Profesional ASN Kecamatan Sumber Harta | 3=55.17");
    }

    @Test
    void fieldsAreTextCellsWithoutNumberOrFormat() throws Exception {
        RecordingVisitor visitor = read("Indikator;Capaian\nIPM;104\n".getBytes(StandardCharsets.UTF_8));

        assertThat(visitor.only().rows().get(1).cells()).containsExactly(
                new Cell(0, "IPM", CellKind.TEXT, Optional.empty(), ""),
                new Cell(1, "104", CellKind.TEXT, Optional.empty(), ""));
    }

    @Test
    void aCsvIsOneUnnamedVisibleSheetWithVisibleRows() throws Exception {
        RecordingVisitor visitor = read("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(visitor.sheets()).hasSize(1);
        assertThat(visitor.only().name()).isEmpty();
        assertThat(visitor.only().hidden()).isFalse();
        assertThat(visitor.only().ended()).isTrue();
        assertThat(visitor.only().rows()).extracting(SheetRow::hidden).containsExactly(false, false);
    }

    @Test
    void anUnclosedQuoteIsUnreadableTextAfterTheLastGoodRecord() throws Exception {
        Path file = dir.resolve("iku.csv");
        Files.writeString(file, "No;Indikator\n1;Nilai LPPD\n2;\"Indeks Reformasi Hukum\n");
        RecordingVisitor visitor = new RecordingVisitor();

        assertThatThrownBy(() -> new CsvReader().read(file, visitor))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNREADABLE_TEXT);
                    assertThat(e.detail()).startsWith("after record 2: ");
                });
    }

    @Test
    void aFailureOfTheVisitorComesOutUnchangedNotAsAnUnreadableFile() throws Exception {
        Path file = dir.resolve("iku.csv");
        Files.writeString(file, "No;Indikator\n1;Nilai LPPD\n");
        IllegalStateException bug = new IllegalStateException("bug in a later stage");
        SheetVisitor failing = RecordingVisitor.failingOnRow(bug);

        assertThatThrownBy(() -> new CsvReader().read(file, failing)).isSameAs(bug);
    }

    private RecordingVisitor read(byte[] content) throws IOException, UnreadableFileException {
        Path file = dir.resolve("export.csv");
        Files.write(file, content);
        RecordingVisitor visitor = new RecordingVisitor();
        new CsvReader().read(file, visitor);
        return visitor;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
