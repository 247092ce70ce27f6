package id.saring.cli;

import static id.saring.cli.MainTest.saring;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.saring.cli.MainTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hidden sheets and hidden rows are read like the rest and noted as {@code hidden-content} info findings: a planner
 * must know that figures nobody sees on screen were checked. The workbook is 004 Tabel 3.2 (l.906-920) with two IKU
 * rows and a source row hidden, and a hidden sheet with the LPPD of 2022 (target 3,226 from l.670, realisasi 2,82
 * from l.911); every capaian in it is consistent. The notes on records (3 ± 1 of 3 ± 1 is not computable, the
 * Persentase indicators are in no catalogue) are switched off in the user's rules, so the hidden content is all
 * there is to report.
 */
class HiddenContentTest {

    private static final String FILE = "setda-bengkulu-selatan/iku-2023.xlsx";

    @TempDir
    Path temp;

    private Path inbox;
    private Path rules;

    @BeforeEach
    void writeWorkbook() throws IOException {
        rules = Files.createDirectories(temp.resolve("aturan"));
        Files.writeString(rules.resolve("checks.yaml"), Files.readString(Path.of("rules/checks.yaml"))
                .replace("  not-computable: info", "  not-computable: off")
                .replace("  unknown-indicator: info", "  unknown-indicator: off"));
        inbox = Files.createDirectories(temp.resolve("masuk"));
        Path file = Files.createDirectories(inbox.resolve("setda-bengkulu-selatan")).resolve("iku-2023.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet iku = wb.createSheet("IKU 2023");
            text(iku, 0, "Tabel 3.2");
            text(iku, 1, "Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan");
            header(iku, 3);
            text(iku, 5, "1.", "Nilai LPPD", "3,22", "2,85", "88.51");
            text(iku, 6, "3.", "Indeks Inflasi", "3 \u00b1 1", "3 \u00b1 1", "100");
            text(iku, 7, "4.", "Persentase Ketepatan Kebijakan Pembangunan", "91", "98", "108").setZeroHeight(true);
            text(iku, 8, "5.", "Persentase Ketepatan Kebijakan Pengadaan Barang dan Jasa", "87,07", "100", "114")
                    .setZeroHeight(true);
            text(iku, 9, "6.", "Nilai Reformasi Birokrasi", "60,24", "63,20", "105");
            // a hidden row holding nothing is not noted
            iku.createRow(10).setZeroHeight(true);
            text(iku, 11, "Sumber : Bagian Organisasi Setda").setZeroHeight(true);

            Sheet old = wb.createSheet("Data 2022");
            text(old, 0, "Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan Tahun 2022");
            header(old, 2, "2022");
            text(old, 4, "1.", "Nilai LPPD", "3,226", "2,82", "87,41");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.write(os);
        }
    }

    /** NO | INDIKATOR KINERJA UTAMA | 2023 over Target | Realisasi | % Realisasi, merged as in Excel. */
    private static void header(Sheet sheet, int first) {
        header(sheet, first, "2023");
    }

    /** The header with {@code year} over the measures: the 2022 sheet states 2022's figures. */
    private static void header(Sheet sheet, int first, String year) {
        text(sheet, first, "NO", "INDIKATOR KINERJA UTAMA", year);
        text(sheet, first + 1, null, null, "Target", "Realisasi", "% Realisasi");
        sheet.addMergedRegion(new CellRangeAddress(first, first + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(first, first + 1, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(first, first, 2, 4));
    }

    private static Row text(Sheet sheet, int row, String... texts) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                r.createCell(i).setCellValue(texts[i]);
            }
        }
        return r;
    }

    /** Runs saring with the user's rules that switch the notes on records off. */
    private Run hiddenOnly(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--rules";
        all[args.length + 1] = rules.toString();
        return saring(all);
    }

    @Test
    void checkPrintsEachHiddenRangeAndTheHiddenSheetAsInfo() {
        Run run = hiddenOnly("check", inbox.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                FILE + " [IKU 2023] #8  info  hidden-content  Baris 8\u20139 di lembar IKU 2023 tersembunyi; isinya"
                        + " tetap dibaca.",
                FILE + " [IKU 2023] #12  info  hidden-content  Baris 12 di lembar IKU 2023 tersembunyi; isinya tetap"
                        + " dibaca.",
                FILE + " [Data 2022]  info  hidden-content  Lembar Data 2022 tersembunyi; isinya tetap dibaca.",
                "Saring selesai: 1 berkas (1 terbaca, 0 tidak terbaca), 2 tabel, 6 rekaman capaian, 0 baris anggaran.",
                "Temuan: 0 galat, 0 peringatan, 3 info.",
                "  hidden-content: 3");
    }

    @Test
    void theFindingsSpeakEnglishWithLangEn() {
        Run run = hiddenOnly("check", inbox.toString(), "--lang", "en");

        assertThat(run.out().lines().limit(3)).containsExactly(
                FILE + " [IKU 2023] #8  info  hidden-content  Rows 8\u20139 of sheet IKU 2023 are hidden; their content"
                        + " was read all the same.",
                FILE + " [IKU 2023] #12  info  hidden-content  Row 12 of sheet IKU 2023 is hidden; its content was"
                        + " read all the same.",
                FILE + " [Data 2022]  info  hidden-content  Sheet Data 2022 is hidden; its content was read all the"
                        + " same.");
    }

    @Test
    void anomaliesCsvLocatesHiddenRowsByRowAndAHiddenSheetBySheet() throws IOException {
        Path out = temp.resolve("keluar");

        Run run = hiddenOnly("run", inbox.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("anomalies.csv"), StandardCharsets.UTF_8)).containsExactly(
                "file,sheet,row,column,cell,category,rule,severity,message,value,expected",
                FILE + ",IKU 2023,8,,,hidden-content,read.hidden,info,Baris 8\u20139 di lembar IKU 2023 tersembunyi;"
                        + " isinya tetap dibaca.,,",
                FILE + ",IKU 2023,12,,,hidden-content,read.hidden,info,Baris 12 di lembar IKU 2023 tersembunyi;"
                        + " isinya tetap dibaca.,,",
                FILE + ",Data 2022,,,,hidden-content,read.hidden,info,Lembar Data 2022 tersembunyi; isinya tetap"
                        + " dibaca.,,");
    }

    @Test
    void anomaliesJsonCountsTheNotesAsInfoAndAHiddenSheetHasNoRow() throws IOException {
        Path out = temp.resolve("keluar");

        hiddenOnly("run", inbox.toString(), "--out", out.toString(), "--lang", "en");

        JsonNode json = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile());
        JsonNode sheet = json.get("findings").get(2);
        assertThat(sheet.get("sheet").asText()).isEqualTo("Data 2022");
        assertThat(sheet.get("row").isNull()).isTrue();
        assertThat(sheet.get("cell").asText()).isEmpty();
        assertThat(sheet.get("severity").asText()).isEqualTo("info");
        assertThat(sheet.get("message").asText()).isEqualTo("Sheet Data 2022 is hidden; its content was read all the same.");
        assertThat(json.get("findings").get(0).get("row").asInt()).isEqualTo(8);
        assertThat(json.get("totals").toString()).isEqualTo("{\"files\":1,\"records\":6,\"error\":0,\"warning\":0,\"info\":3}");
    }

    @Test
    void theHiddenRowsAndTheHiddenSheetAreReadLikeTheRest() throws IOException {
        Path out = temp.resolve("keluar");

        saring("run", inbox.toString(), "--out", out.toString());

        List<String> capaian = Files.readAllLines(out.resolve("capaian.csv"), StandardCharsets.UTF_8);
        assertThat(capaian).extracting(l -> l.split(",")[1] + " " + l.split(",")[2] + " " + l.split(",")[6])
                .containsExactly(
                        "sheet row indikator",
                        "IKU 2023 6 Nilai LPPD",
                        "IKU 2023 7 Indeks Inflasi",
                        "IKU 2023 8 Persentase Ketepatan Kebijakan Pembangunan",
                        "IKU 2023 9 Persentase Ketepatan Kebijakan Pengadaan Barang dan Jasa",
                        "IKU 2023 10 Nilai Reformasi Birokrasi",
                        "Data 2022 5 Nilai LPPD");
    }

    @Test
    void anEmptyHiddenSheetIsNotNotedAndAnEmptyHiddenRowDoesNotSplitARun() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("lain"));
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream os = Files.newOutputStream(folder.resolve("iku-2023.xlsx"))) {
            Sheet iku = wb.createSheet("IKU 2023");
            header(iku, 0);
            text(iku, 2, "1.", "Nilai LPPD", "3,22", "2,85", "88.51").setZeroHeight(true);
            iku.createRow(3).setZeroHeight(true);
            text(iku, 4, "3.", "Indeks Inflasi", "3 \u00b1 1", "3 \u00b1 1", "100").setZeroHeight(true);
            wb.createSheet("Kosong");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.write(os);
        }

        Run run = saring("check", folder.toString());

        assertThat(run.out().lines()).filteredOn(l -> l.contains("hidden-content")).containsExactly(
                "iku-2023.xlsx [IKU 2023] #3  info  hidden-content  Baris 3\u20135 di lembar IKU 2023 tersembunyi;"
                        + " isinya tetap dibaca.",
                "  hidden-content: 1");
    }
}
