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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and sheets in which saring recognised no table are said to have gone unchecked: a CSV of economic growth by
 * sector (seed 000 l.1061-1068) and a workbook whose third sheet lists the IPM by year (l.1026-1034) beside the
 * macro indicators (l.1003-1009). A cover sheet of prose is not reported.
 */
class NoTableTest {

    @TempDir
    Path temp;

    private Path inbox;

    @BeforeEach
    void writeInputs() throws IOException {
        inbox = Files.createDirectories(temp.resolve("masuk"));
        Files.writeString(inbox.resolve("laju-pertumbuhan-ekonomi-2023.csv"), String.join("\r\n",
                "LAJU PERTUMBUHAN EKONOMI KABUPATEN MUARA ENIM MENURUT KATEGORI TAHUN 2022-2023 (PERSEN)",
                "",
                "No.,Kategori,Tahun,",
                ",,2022,2023",
                "1.,\"Pertanian, Kehutanan, dan Perikanan\",3.02,1.92",
                "2.,Pertambangan dan Penggalian,12.98,12.03",
                "3.,Industri Pengolahan,0.36,3.01",
                "4.,Pengadaan Listrik dan Gas,2.78,3.16",
                ""), StandardCharsets.UTF_8);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream os = Files.newOutputStream(inbox.resolve("kinerja-makro-2023.xlsx"))) {
            Sheet cover = wb.createSheet("Sampul");
            text(cover, 0, "LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH");
            text(cover, 1, "KABUPATEN MUARA ENIM TAHUN 2023");
            Sheet makro = wb.createSheet("Kinerja Makro");
            text(makro, 0, "2.1. CAPAIAN KINERJA MAKRO");
            text(makro, 2, "No", "Indikator Kinerja Makro", "Capaian Kinerja Tahun 2022", "Capaian Kinerja Tahun 2023",
                    "Laju Kinerja (%)");
            text(makro, 3, "1", "Indeks Pembangunan Manusia", "69,43", "70,24", "1,167");
            Sheet ipm = wb.createSheet("IPM");
            text(ipm, 0, "ANGKA INDEKS PEMBANGUNAN MANUSIA TAHUN 2016 \u2013 2023");
            text(ipm, 2, "No", "Tahun", "Angka IPM");
            text(ipm, 3, "1", "2016", "66,71");
            text(ipm, 4, "2", "2017", "67,63");
            text(ipm, 5, "3", "2018", "68,28");
            text(ipm, 6, "4", "2019", "68,88");
            wb.write(os);
        }
    }

    private static void text(Sheet sheet, int row, String... texts) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < texts.length; i++) {
            r.createCell(i).setCellValue(texts[i]);
        }
    }

    @Test
    void checkPrintsAFileWithoutTablesAndASheetOfFiguresWithoutATable() {
        Run run = saring("check", inbox.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("no-table  "))).containsExactly(
                "kinerja-makro-2023.xlsx [IPM]  peringatan  no-table  Lembar IPM memuat 4 baris berisi angka, tetapi "
                        + "tidak ada tabel capaian kinerja atau tabel anggaran yang dikenali di dalamnya, sehingga isinya "
                        + "tidak diperiksa. Tabel dikenali dari baris judul kolomnya, misalnya Indikator, Target, "
                        + "Realisasi, Capaian atau Uraian, Pagu, Realisasi.",
                "laju-pertumbuhan-ekonomi-2023.csv  peringatan  no-table  Berkas ini tidak memuat tabel capaian kinerja"
                        + " atau tabel anggaran yang dikenali, sehingga isinya tidak diperiksa. Tabel dikenali dari baris "
                        + "judul kolomnya, misalnya Indikator, Target, Realisasi, Capaian atau Uraian, Pagu, Realisasi.");
    }

    @Test
    void anomaliesJsonLocatesTheFileByItsNameAndTheSheetByItsName() throws IOException {
        Path out = temp.resolve("keluar");

        saring("run", inbox.toString(), "--out", out.toString(), "--lang", "en");

        JsonNode json = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile());
        JsonNode noTable = json.get("findings");
        assertThat(noTable.findParents("category").stream()
                .filter(f -> f.get("category").asText().equals("no-table"))
                .map(f -> f.get("file").asText() + " [" + f.get("sheet").asText() + "] " + f.get("row") + " "
                        + f.get("severity").asText() + " " + f.get("message").asText()))
                .containsExactly(
                        "kinerja-makro-2023.xlsx [IPM] null warning Sheet IPM holds 4 rows of figures but no "
                                + "performance (capaian) or budget table that saring recognises, so they were not "
                                + "checked. A table is recognised by its header row, for example Indikator, Target, "
                                + "Realisasi, Capaian or Uraian, Pagu, Realisasi.",
                        "laju-pertumbuhan-ekonomi-2023.csv [] null warning This file holds no performance (capaian) or"
                                + " budget table that saring recognises, so nothing in it was checked. A table is "
                                + "recognised by its header row, for example Indikator, Target, Realisasi, Capaian or "
                                + "Uraian, Pagu, Realisasi.");
        assertThat(json.get("inputs").findValuesAsText("file")).containsExactly("kinerja-makro-2023.xlsx",
                "laju-pertumbuhan-ekonomi-2023.csv");
        assertThat(json.get("inputs").get(1).get("tables").asInt()).isZero();
    }
}
