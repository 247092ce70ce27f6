package id.saring.cli;

import static id.saring.cli.MainTest.saring;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.cli.MainTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same indicator with different figures in different files, found once every file is read and reported on
 * each place, each naming the other, with each file's own rules. Kab. Muara Enim's macro indicators (seed 000
 * l.1003-1010, a workbook) give IPM 2023 as 70,24, its IKU table (l.1957-1963, CSV) as 72,33; the Setda Bengkulu
 * Selatan's Renstra (004 l.666-680) sets 2023's target of Nilai RB at 53,86, its IKU table (l.906-916) at 60,24.
 * The Setda's folder names a profile that makes a conflict a warning.
 */
class ConflictingValueTest {

    @TempDir
    Path temp;

    private Path inbox;
    private Path rules;

    @BeforeEach
    void writeInputs() throws IOException {
        inbox = temp.resolve("masuk");
        Path muaraEnim = Files.createDirectories(inbox.resolve("pemkab-muara-enim"));
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream os = Files.newOutputStream(muaraEnim.resolve("kinerja-makro-2023.xlsx"))) {
            Sheet s = wb.createSheet("Kinerja Makro");
            text(s, 0, "2.1. CAPAIAN KINERJA MAKRO");
            text(s, 2, "No", "Indikator Kinerja Makro", "Capaian Kinerja Tahun 2022", "Capaian Kinerja Tahun 2023",
                    "Laju Kinerja (%)");
            text(s, 3, "1", "2", "3", "4", "5");
            text(s, 4, "1", "Indeks Pembangunan Manusia", "69,43", "70,24", "1,167");
            text(s, 5, "2", "Angka Kemiskinan", "11,12", "10,93", "1,709");
            wb.write(os);
        }
        Files.writeString(muaraEnim.resolve("iku-2023.csv"), String.join("\r\n",
                "Tabel Hasil Pengukuran Kinerja Pemerintah Kabupaten Muara Enim",
                "Tahun 2023",
                "",
                "NO;SASARAN STRATEGIS;INDIKATOR KINERJA;TARGET PERJANJIAN KINERJA;REALISASI;CAPAIAN;KRITERIA",
                "1.;Meningkatnya kualitas sumber daya manusia;1. Indeks Pembangunan Manusia;69,55;72,33;104;Sangat Baik",
                "6.;Menurunnya masyarakat miskin;9. Persentase Penduduk Miskin;10,39;10,93;95,06;Baik",
                ""), StandardCharsets.UTF_8);

        Path setda = Files.createDirectories(inbox.resolve("setda-bengkulu-selatan"));
        Files.writeString(setda.resolve("tujuan-sasaran-renstra-2021-2026.csv"), String.join("\r\n",
                "Tabel 2.1 TUJUAN DAN SASARAN SEKRETARIAT DAERAH KABUPATEN BENGKULU SELATAN",
                "",
                "NO;TUJUAN;INDIKATOR TUJUAN;SASARAN;INDIKATOR SASARAN;TARGET KINERJA SASARAN PADA TAHUN;;;;",
                ";;;;;2022;2023;2024;2025;2026",
                "1;Meningkatkan Tatakelola Pemerintah yang efektif, efisien dan Akuntabel;Indeks Reformasi Birokrasi;"
                        + "Meningkatnya Kebijakan di bidang Administrasi Umum;Nilai RB;47,48;53,86;60,24;66,62;73",
                ""), StandardCharsets.UTF_8);
        Files.writeString(setda.resolve("iku-2023.csv"), String.join("\r\n",
                "Tabel 3.2",
                "Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan",
                "",
                "NO;INDIKATOR KINERJA UTAMA;Capaian 2021;Capaian 2022;2023;;;Target Akhir Renstra 2026;"
                        + "Capaian s.d 2023 thd Target Renstra",
                ";;;;Target;Realisasi;% Realisasi;;",
                "6.;Nilai Reformasi Birokrasi;42,98;47,24;60,24;63,20;105;66,62;94,87",
                ""), StandardCharsets.UTF_8);
        Files.writeString(setda.resolve("saring.yaml"), "profile: konsolidasi\n", StandardCharsets.UTF_8);

        rules = Files.createDirectories(temp.resolve("aturan").resolve("profiles"));
        Files.writeString(rules.resolve("konsolidasi.yaml"), String.join("\n",
                "description: Bappeda's consolidation, a conflict between two units' tables a warning",
                "severity:",
                "  conflicting-value: warning",
                ""), StandardCharsets.UTF_8);
        rules = rules.getParent();
    }

    private static void text(Sheet sheet, int row, String... texts) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < texts.length; i++) {
            r.createCell(i).setCellValue(texts[i]);
        }
    }

    @Test
    void checkPrintsTheConflictOnEachPlaceNamingTheOther() {
        Run run = saring("check", inbox.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains("conflicting-value  "))).containsExactly(
                "pemkab-muara-enim/iku-2023.csv E5  galat  conflicting-value  Realisasi Indeks Pembangunan Manusia tahun"
                        + " 2023 tertulis 72,33 di sel E5, tetapi tertulis 70,24 di pemkab-muara-enim/kinerja-makro-2023"
                        + ".xlsx (lembar Kinerja Makro, sel D5). Periksa angka mana yang benar, lalu samakan semuanya.",
                "pemkab-muara-enim/kinerja-makro-2023.xlsx [Kinerja Makro] D5  galat  conflicting-value  Realisasi "
                        + "Indeks Pembangunan Manusia tahun 2023 tertulis 70,24 di sel D5, tetapi tertulis 72,33 di "
                        + "pemkab-muara-enim/iku-2023.csv (sel E5). Periksa angka mana yang benar, lalu samakan semuanya.",
                "setda-bengkulu-selatan/iku-2023.csv E6  peringatan  conflicting-value  Target Nilai Reformasi "
                        + "Birokrasi tahun 2023 tertulis 60,24 di sel E6, tetapi tertulis 53,86 di setda-bengkulu-selatan/"
                        + "tujuan-sasaran-renstra-2021-2026.csv (sel G5). Periksa angka mana yang benar, lalu samakan "
                        + "semuanya.",
                "setda-bengkulu-selatan/tujuan-sasaran-renstra-2021-2026.csv G5  peringatan  conflicting-value  Target "
                        + "Nilai RB tahun 2023 tertulis 53,86 di sel G5, tetapi tertulis 60,24 di setda-bengkulu-selatan/"
                        + "iku-2023.csv (sel E6). Periksa angka mana yang benar, lalu samakan semuanya.");
        assertThat(run.out().lines()).contains("  conflicting-value: 4");
    }

    @Test
    void anomaliesCsvHoldsEachPlaceWithItsValueAndTheOthersAsExpected() throws IOException {
        Path out = temp.resolve("keluar");

        saring("run", inbox.toString(), "--out", out.toString(), "--rules", rules.toString(), "--lang", "en");

        List<String> conflicts = Files.readAllLines(out.resolve("anomalies.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(",conflicting-value,")).toList();
        assertThat(conflicts).containsExactly(
                "pemkab-muara-enim/iku-2023.csv,,5,E,E5,conflicting-value,indicator.conflicting-value,error,"
                        + "\"Realisasi of Indeks Pembangunan Manusia for 2023 is 72,33 in cell E5, but 70,24 in "
                        + "pemkab-muara-enim/kinerja-makro-2023.xlsx (sheet Kinerja Makro, cell D5). Check which figure "
                        + "is right, then make them all the same.\",\"72,33\",70.24",
                "pemkab-muara-enim/kinerja-makro-2023.xlsx,Kinerja Makro,5,D,D5,conflicting-value,"
                        + "indicator.conflicting-value,error,\"Realisasi of Indeks Pembangunan Manusia for 2023 is 70,24 "
                        + "in cell D5, but 72,33 in pemkab-muara-enim/iku-2023.csv (cell E5). Check which figure is "
                        + "right, then make them all the same.\",\"70,24\",72.33",
                "setda-bengkulu-selatan/iku-2023.csv,,6,E,E6,conflicting-value,indicator.conflicting-value,warning,"
                        + "\"Target of Nilai Reformasi Birokrasi for 2023 is 60,24 in cell E6, but 53,86 in "
                        + "setda-bengkulu-selatan/tujuan-sasaran-renstra-2021-2026.csv (cell G5). Check which figure is "
                        + "right, then make them all the same.\",\"60,24\",53.86",
                "setda-bengkulu-selatan/tujuan-sasaran-renstra-2021-2026.csv,,5,G,G5,conflicting-value,"
                        + "indicator.conflicting-value,warning,\"Target of Nilai RB for 2023 is 53,86 in cell G5, but "
                        + "60,24 in setda-bengkulu-selatan/iku-2023.csv (cell E6). Check which figure is right, then "
                        + "make them all the same.\",\"53,86\",60.24");
    }
}
