package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Excel" files that are HTML pages: Excel's "Save as Web Page" and the exports of e-SAKIP and SIPD, saved with
 * an .xls name. The rows are those of the realisasi anggaran of 001 (l.31-41, l.607-617).
 */
class HtmlTableReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void aTableGivesOneUnnamedSheetWithEachCellsTextAsShown() throws Exception {
        // Excel writes the stored number in x:num; the planner sees the cell's text, which is what is kept
        Path file = page("""
                <html><body><table>
                  <thead><tr><th>No</th><th>Uraian</th><th>Anggaran (Rp)</th><th>Realisasi (Rp)</th><th>%</th></tr></thead>
                  <tbody>
                    <tr><td>1</td><td> Belanja Operasi </td><td x:num="2995981596">2.995.981.596</td>
                        <td>Rp. 2.692.932.749,-</td><td>89,88 %</td></tr>
                    <tr><td>2</td><td>Belanja Modal</td><td>493.347.000</td><td>Rp. 489.325.600,-</td><td>99,18</td></tr>
                  </tbody>
                  <tfoot><tr><td></td><td>Jumlah</td><td>Rp 3.489.328.596,-</td><td>3.182.258.349</td><td>91,19 %</td></tr></tfoot>
                </table></body></html>
                """, StandardCharsets.UTF_8);

        RecordingVisitor.SheetSeen sheet = read(file).only();

        assertThat(sheet.name()).isEmpty();
        assertThat(sheet.hidden()).isFalse();
        assertThat(sheet.ended()).isTrue();
        assertThat(RecordingVisitor.texts(sheet.rows())).containsExactly(
                "1: 0=No | 1=Uraian | 2=Anggaran (Rp) | 3=Realisasi (Rp) | 4=%",
                "2: 0=1 | 1=Belanja Operasi | 2=2.995.981.596 | 3=Rp. 2.692.932.749,- | 4=89,88 %",
                "3: 0=2 | 1=Belanja Modal | 2=493.347.000 | 3=Rp. 489.325.600,- | 4=99,18",
                "4: 1=Jumlah | 2=Rp 3.489.328.596,- | 3=3.182.258.349 | 4=91,19 %");
        assertThat(sheet.rows().get(1).cells()).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CellKind.TEXT);
            assertThat(c.number()).isEmpty();
            assertThat(c.format()).isEmpty();
            assertThat(c.mergedCopy()).isFalse();
        });
    }

    @Test
    void emptyCellsAreLeftOutKeepingTheColumnsOfTheOthersAndEmptyRowsAreHandedOn() throws Exception {
        // Excel writes an empty cell as &nbsp;; a line break inside a cell reads as a space
        Path file = page("""
                <table>
                  <tr><td>&nbsp;</td><td>Program Penunjang<br>Urusan Pemerintahan</td><td>  </td><td>2.716.508.396,00</td></tr>
                  <tr></tr>
                  <tr><td>&nbsp;</td><td></td></tr>
                </table>
                """, StandardCharsets.UTF_8);

        assertThat(RecordingVisitor.texts(read(file).only().rows())).containsExactly(
                "1: 1=Program Penunjang Urusan Pemerintahan | 3=2.716.508.396,00",
                "2: ",
                "3: ");
    }

    @Test
    void aCellSpanningColumnsAndRowsGivesItsTextToTheCellsItCoversAsMarkedCopies() throws Exception {
        // a two-row header: "2023" over target, realisasi and capaian; "No" and "Sasaran" down both rows
        Path file = page("""
                <table>
                  <tr><th rowspan="2">No</th><th rowspan="2">Sasaran</th><th colspan="3">2023</th><th>Ket</th></tr>
                  <tr><th>Target</th><th>Realisasi</th><th>Capaian</th><th>-</th></tr>
                  <tr><td>1</td><td rowspan="2">Meningkatnya Kinerja Aparatur</td><td>100 %</td><td>79%</td><td>79 %</td></tr>
                  <tr><td>2</td><td>100</td><td>100</td><td>100</td></tr>
                </table>
                """, StandardCharsets.UTF_8);

        List<SheetRow> rows = read(file).only().rows();

        assertThat(RecordingVisitor.texts(rows)).containsExactly(
                "1: 0=No | 1=Sasaran | 2=2023 | 3=2023 | 4=2023 | 5=Ket",
                "2: 0=No | 1=Sasaran | 2=Target | 3=Realisasi | 4=Capaian | 5=-",
                "3: 0=1 | 1=Meningkatnya Kinerja Aparatur | 2=100 % | 3=79% | 4=79 %",
                "4: 0=2 | 1=Meningkatnya Kinerja Aparatur | 2=100 | 3=100 | 4=100");
        assertThat(rows).extracting(r -> r.cells().stream().map(Cell::mergedCopy).toList()).containsExactly(
                List.of(false, false, false, true, true, false),
                List.of(true, true, false, false, false, false),
                List.of(false, false, false, false, false),
                List.of(false, true, false, false, false));
    }

    @Test
    void aColspanBeyond256ColumnsCoversOnly256() throws Exception {
        // a generated page once wrote colspan="100000" on its title: the row would be 100,000 cells wide
        Path file = page("""
                <table>
                  <tr><td colspan="100000">LAPORAN REALISASI ANGGARAN</td><td>Tahun 2023</td></tr>
                </table>
                """, StandardCharsets.UTF_8);

        List<Cell> cells = read(file).only().rows().get(0).cells();

        assertThat(cells).hasSize(257);
        assertThat(cells.get(0)).isEqualTo(Cell.text(0, "LAPORAN REALISASI ANGGARAN"));
        assertThat(cells.get(255)).isEqualTo(Cell.text(0, "LAPORAN REALISASI ANGGARAN").copyAt(255));
        assertThat(cells.get(256)).isEqualTo(Cell.text(256, "Tahun 2023"));
    }

    @Test
    void aSpanOfMoreThan4096CellsCoversOnlyItsOwnRow() throws Exception {
        // 20 rows of 256 columns are 5,120 cells: the rowspan is dropped, the colspan kept; 16 of 256 are 4,096
        Path file = page("""
                <table>
                  <tr><td rowspan="20" colspan="256">Judul</td></tr>
                  <tr><td>Belanja Modal</td></tr>
                </table>
                <table>
                  <tr><td rowspan="16" colspan="256">Judul</td></tr>
                  <tr><td>Belanja Modal</td></tr>
                </table>
                <table>
                  <tr><td rowspan="5000">Sasaran</td><td>Nilai LPPD</td></tr>
                  <tr><td>Nilai SAKIP</td></tr>
                </table>
                """, StandardCharsets.UTF_8);

        List<RecordingVisitor.SheetSeen> sheets = read(file).sheets();

        assertThat(RecordingVisitor.texts(sheets.get(0).rows()).get(1)).isEqualTo("2: 0=Belanja Modal");
        SheetRow kept = sheets.get(1).rows().get(1);
        assertThat(kept.cells()).hasSize(257);
        assertThat(kept.cells().get(0)).isEqualTo(Cell.text(0, "Judul").copyAt(0));
        assertThat(kept.cells().get(256)).isEqualTo(Cell.text(256, "Belanja Modal"));
        assertThat(RecordingVisitor.texts(sheets.get(2).rows())).containsExactly(
                "1: 0=Sasaran | 1=Nilai LPPD",
                "2: 0=Nilai SAKIP");
    }

    @Test
    void severalTablesAreNumberedSheetsAndATableInACellIsThatCellsText() throws Exception {
        Path file = page("""
                <html><body>
                <h3>Tabel 3.1 Pengukuran Kinerja</h3>
                <table><tr><td>Indikator</td><td>Capaian</td></tr>
                       <tr><td>Nilai SAKIP</td><td><table><tr><td>64,59</td><td>(B)</td></tr></table></td></tr></table>
                <h3>Tabel 3.2 Realisasi Anggaran</h3>
                <table><tr><td>Uraian</td><td>Anggaran</td></tr></table>
                <table></table>
                </body></html>
                """, StandardCharsets.UTF_8);

        RecordingVisitor visitor = read(file);

        assertThat(visitor.sheets()).extracting(RecordingVisitor.SheetSeen::name, s -> RecordingVisitor.texts(s.rows()),
                RecordingVisitor.SheetSeen::ended).containsExactly(
                        tuple("Tabel 1", List.of("1: 0=Indikator | 1=Capaian", "2: 0=Nilai SAKIP | 1=64,59 (B)"), true),
                        tuple("Tabel 2", List.of("1: 0=Uraian | 1=Anggaran"), true),
                        tuple("Tabel 3", List.of(), true));
    }

    @Test
    void aPageWithNoTableGivesNoSheet() throws Exception {
        Path file = page("<html><body><p>Data tidak ditemukan</p></body></html>", StandardCharsets.UTF_8);

        assertThat(read(file).sheets()).isEmpty();
    }

    @Test
    void aWindows1252PageReadsAsItsMetaHttpEquivDeclares() throws Exception {
        // Excel's "Save as Web Page" on Indonesian Windows
        Path file = page("""
                <html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
                <body><table><tr><td>Pengadaan Gedung Kantor – Café</td><td>Rp 1.234,-</td></tr></table></body></html>
                """, WINDOWS_1252);

        assertThat(RecordingVisitor.texts(read(file).only().rows()))
                .containsExactly("1: 0=Pengadaan Gedung Kantor – Café | 1=Rp 1.234,-");
    }

    @Test
    void aWindows1252PageReadsAsItsMetaCharsetDeclares() throws Exception {
        Path file = page("""
                <html><head><meta charset="windows-1252"></head>
                <body><table><tr><td>Pengadaan Gedung Kantor – Café</td><td>Rp 1.234,-</td></tr></table></body></html>
                """, WINDOWS_1252);

        assertThat(RecordingVisitor.texts(read(file).only().rows()))
                .containsExactly("1: 0=Pengadaan Gedung Kantor – Café | 1=Rp 1.234,-");
    }

    @Test
    void aPageDeclaringNoCharsetIsWindows1252WhenItIsNotUtf8() throws Exception {
        // a web system's export with no <head>: read as UTF-8, the en dash and é would become U+FFFD
        Path file = page("""
                <table><tr><td>Pengadaan Gedung Kantor – Café</td><td>Rp 1.234,-</td></tr></table>
                """, WINDOWS_1252);

        assertThat(RecordingVisitor.texts(read(file).only().rows()))
                .containsExactly("1: 0=Pengadaan Gedung Kantor – Café | 1=Rp 1.234,-");
    }

    @Test
    void aPageDeclaringNoCharsetIsUtf8WhenItsBytesAre() throws Exception {
        Path file = page("""
                <table><tr><td>Pengadaan Gedung Kantor – Café</td><td>Rp 1.234,-</td></tr></table>
                """, StandardCharsets.UTF_8);

        assertThat(RecordingVisitor.texts(read(file).only().rows()))
                .containsExactly("1: 0=Pengadaan Gedung Kantor – Café | 1=Rp 1.234,-");
    }

    @Test
    void aFileThatCannotBeOpenedIsCorrupt() {
        Path missing = dir.resolve("hilang.xls");

        assertThatThrownBy(() -> read(missing))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                    assertThat(e.getMessage()).isEqualTo("CORRUPT: NoSuchFileException: " + missing);
                });
    }

    @Test
    void aFailureOfTheVisitorComesOutUnchanged() throws Exception {
        Path file = page("<table><tr><td>Nilai LPPD</td></tr></table>", StandardCharsets.UTF_8);
        IllegalArgumentException bug = new IllegalArgumentException("bug in a later stage");

        assertThatThrownBy(() -> new HtmlTableReader().read(file, RecordingVisitor.failingOnRow(bug))).isSameAs(bug);
    }

    private Path page(String html, Charset charset) throws IOException {
        Path file = Files.createTempFile(dir, "laporan", ".xls");
        Files.writeString(file, html, charset);
        return file;
    }

    private static RecordingVisitor read(Path file) throws UnreadableFileException {
        RecordingVisitor visitor = new RecordingVisitor();
        new HtmlTableReader().read(file, visitor);
        return visitor;
    }
}
