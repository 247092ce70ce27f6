package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code saring run input-samples} as a planner would and compares the outputs with what
 * {@code input-samples/README.md} says a correct run gives: the exact set of findings, no more and no fewer,
 * and the cleaned values it lists.
 */
class SamplesEndToEndTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Path README = SAMPLES.resolve("README.md");

    @TempDir
    static Path out;

    private static int exitCode;
    private static String terminal;
    private static Map<Path, String> digestsBefore;
    private static Map<Path, FileTime> timesBefore;

    @BeforeAll
    static void runOnTheSamples() throws Exception {
        digestsBefore = new HashMap<>();
        timesBefore = new HashMap<>();
        for (Path p : sampleFiles()) {
            digestsBefore.put(p, sha256(p));
            timesBefore.put(p, Files.getLastModifiedTime(p));
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        exitCode = Main.run(new String[] {"run", SAMPLES.toString(), "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        terminal = stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSamplesContainErrorsSoTheRunExitsWithOne() {
        assertThat(exitCode).isEqualTo(1);
        assertThat(terminal).contains("24 berkas (23 terbaca, 1 tidak terbaca)", "Temuan: 74 galat, 25 peringatan, 31 info");
    }

    @Test
    void theTerminalNamesEveryOutput() {
        assertThat(terminal).endsWith("Keluaran ditulis ke " + out + ": anomalies.json, anomalies.csv, capaian.csv,"
                + " anggaran.csv, tables.csv, anomalies.xlsx, capaian-summary.xlsx, consolidated.xlsx, report.html,"
                + " annotated/" + System.lineSeparator());
    }

    @Test
    void findingsAreExactlyThoseTheSamplesReadmeLists() throws IOException {
        List<String> expected = readmeTable("## Findings a correct run gives").stream()
                .map(r -> String.join(" | ", r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
                .sorted().toList();
        List<String> actual = csv(out.resolve("anomalies.csv")).stream()
                .map(r -> String.join(" | ", r.get("file"), r.get("sheet"), r.get("row"), r.get("cell"),
                        r.get("category")))
                .sorted().toList();
        assertThat(expected).hasSize(130);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void cleanedValuesAreThoseTheSamplesReadmeLists() throws IOException {
        Map<String, List<CSVRecord>> outputs = Map.of(
                "capaian.csv", csv(out.resolve("capaian.csv")),
                "anggaran.csv", csv(out.resolve("anggaran.csv")));
        List<List<String>> expected = readmeTable("## Cleaned values a correct run gives");
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        for (List<String> row : expected) {
            List<String> found = outputs.get(row.get(0)).stream()
                    .filter(r -> r.get("file").equals(row.get(1)) && r.get("row").equals(row.get(2)))
                    .map(r -> r.get(row.get(3)))
                    .toList();
            assertThat(found).as("%s %s row %s %s", row.get(0), row.get(1), row.get(2), row.get(3))
                    .containsExactly(row.get(4));
        }
    }

    @Test
    void aCappedLookingCapaianIsAWarningAndARealMismatchAnError() throws IOException {
        Map<String, String> severityByCell = new HashMap<>();
        findingsByCell().forEach((cell, r) -> severityByCell.put(cell, r.get("severity")));
        String semende = "kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx!";
        assertThat(severityByCell).containsEntry(semende + "D6", "warning").containsEntry(semende + "D9", "error")
                .containsEntry("pemkab-muara-enim/lra-2023.csv!C61", "error");
    }

    @Test
    void theFoldersProfileGradesAndComputesMuaraEnimsTablesItsOwnWay() throws IOException {
        Map<String, CSVRecord> byCell = findingsByCell();
        // pemkab-muara-enim/saring.yaml: profile kab-muara-enim, whose scale makes 100 Sangat Baik
        CSVRecord baik = byCell.get("pemkab-muara-enim/iku-2023.xlsx!G14");
        assertThat(baik.get("category")).isEqualTo("predicate-mismatch");
        assertThat(baik.get("severity")).isEqualTo("error");
        assertThat(baik.get("message")).isEqualTo("Predikat tertulis Baik di sel G14, padahal capaian tertulis 100 "
                + "termasuk Sangat Baik (≥ 100) pada skala capaian-kab-muara-enim.");
        assertThat(baik.get("value")).isEqualTo("Baik");
        assertThat(baik.get("expected")).isEqualTo("Sangat Baik");
        // and computes Gini as target / realisasi, as the table does: 0,31 / 0,313 = 99,04 is right
        assertThat(byCell).doesNotContainKey("pemkab-muara-enim/iku-2023.xlsx!F11");
    }

    @Test
    void correctSeedTablesAreReadWholeAndGiveNoFinding() throws IOException {
        // 001 l.607-664: a budget that reconciles at every level; 000 l.3116-3129: every line's absorption right
        Map<String, Long> linesByFile = csv(out.resolve("anggaran.csv")).stream()
                .collect(Collectors.groupingBy(r -> r.get("file"), Collectors.counting()));
        assertThat(linesByFile).containsEntry("kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv", 47L)
                .containsEntry("pemkab-muara-enim/spm-pendidikan-anggaran-2023.csv", 8L);
        assertThat(csv(out.resolve("anomalies.csv"))).extracting(r -> r.get("file")).doesNotContain(
                "kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv",
                "pemkab-muara-enim/spm-pendidikan-anggaran-2023.csv");
    }

    @Test
    void messagesNameTheCellTheStatedValueAndTheRecomputedOne() throws IOException {
        Map<String, CSVRecord> byCell = findingsByCell();
        CSVRecord ikm = byCell.get("kecamatan-sumber-harta/iku-2023.csv!F5");
        assertThat(ikm.get("message"))
                .isEqualTo("Capaian tertulis 94,05% di sel F5, padahal realisasi 79,35 / target 84 × 100 = 94,46%.");
        assertThat(ikm.get("value")).isEqualTo("94,05%");
        assertThat(ikm.get("expected")).isEqualTo("94.46");
        assertThat(ikm.get("rule")).isEqualTo("capaian.recompute");
        CSVRecord overrun = byCell.get("pemkab-muara-enim/lra-2023.csv!C61");
        assertThat(overrun.get("message"))
                .isEqualTo("Realisasi 6.278.516.139,00 di sel C61 melebihi pagu 6.278.516.132 sebesar 7,00.");
        CSVRecord sum = byCell.get("pemkab-muara-enim/satpol-pp-anggaran-2023.csv!F10");
        assertThat(sum.get("message")).isEqualTo("Realisasi pada baris jumlah di sel F10 tertulis 5.142.876.650, "
                + "padahal jumlah 6 baris yang dijumlahkannya 5.128.123.550 (selisih 14.753.100).");
        assertThat(sum.get("expected")).isEqualTo("5128123550");
    }

    @Test
    void recordChecksNameTheCellAndWhy() throws IOException {
        Map<String, CSVRecord> byCell = findingsByCell();
        CSVRecord missing = byCell.get("pemkab-muara-enim/iku-2023.xlsx!E20");
        assertThat(missing.get("severity")).isEqualTo("warning");
        assertThat(missing.get("message")).isEqualTo("Realisasi di sel E20 hanya berisi tanda -; tanpa realisasi, "
                + "capaian indikator ini tidak dapat dihitung. Isi realisasinya, atau tulis N/A bila datanya memang "
                + "belum ada.");
        CSVRecord grades = byCell.get("setda-bengkulu-selatan/iku-2023.csv!G13");
        assertThat(grades.get("category")).isEqualTo("not-computable");
        assertThat(grades.get("severity")).isEqualTo("info");
        assertThat(grades.get("message")).isEqualTo("Capaian tertulis 80 di sel G13 tidak dapat diperiksa, karena "
                + "capaian tidak dapat dihitung ulang dari target B dan realisasi CC: B dan CC adalah predikat berbeda "
                + "tanpa skor, dan tidak ada skala yang memberi predikat nilai angka.");
        String rpjmd = "pemkab-muara-enim/program-pembangunan-daerah-2018-2023.tsv!";
        CSVRecord share = byCell.get(rpjmd + "E12");
        assertThat(share.get("category")).isEqualTo("out-of-range");
        assertThat(share.get("message")).isEqualTo("Nilai 106 di sel E12 melebihi 100%, padahal \"Tingkat penyelesaian "
                + "pelanggaran K3 (ketertiban, ketentraman dan keindahan)\" adalah bagian dari keseluruhan yang tidak "
                + "mungkin lebih dari 100%.");
        CSVRecord percent = byCell.get(rpjmd + "E60");
        assertThat(percent.get("category")).isEqualTo("unit-mismatch");
        assertThat(percent.get("message")).startsWith("Nilai 8325 di sel E60 berarti 8.325%, jauh di atas 1.000% ");
        CSVRecord grade = byCell.get("pemkab-muara-enim/analisis-capaian-sasaran-2023.xls!C46");
        assertThat(grade.get("category")).isEqualTo("unknown-grade");
        assertThat(grade.get("message")).isEqualTo("Predikat Prestasi Tinggi di sel C46 tidak dikenal oleh skala mana "
                + "pun dalam aturan; skala status-lppd memakai Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah. "
                + "Periksa penulisannya, atau tambahkan predikat itu ke skalanya.");
    }

    @Test
    void aConflictIsReportedOnEachPlaceEachMessageNamingTheOthers() throws IOException {
        Map<String, CSVRecord> byCell = findingsByCell();
        CSVRecord makro = byCell.get("pemkab-muara-enim/kinerja-makro-2023.xlsx!D6");
        assertThat(makro.get("category")).isEqualTo("conflicting-value");
        assertThat(makro.get("message")).isEqualTo("Realisasi Indeks Pembangunan Manusia tahun 2023 tertulis 70,24 di "
                + "sel D6, tetapi tertulis 72,33 di pemkab-muara-enim/analisis-capaian-sasaran-2023.xls (sel G5); 72,33 "
                + "di pemkab-muara-enim/efisiensi-anggaran-2023.xlsx (lembar Efisiensi, sel F7); 72,33 di "
                + "pemkab-muara-enim/iku-2023.xlsx (lembar IKU 2023, sel E5). Periksa angka mana yang benar, lalu "
                + "samakan semuanya.");
        assertThat(makro.get("severity")).isEqualTo("error");
        assertThat(makro.get("value")).isEqualTo("70,24");
        assertThat(makro.get("expected")).isEqualTo("72.33");
        assertThat(byCell.get("pemkab-muara-enim/iku-2023.xlsx!E5").get("message"))
                .contains("tertulis 70,24 di pemkab-muara-enim/kinerja-makro-2023.xlsx (lembar Kinerja Makro, sel D6)");
    }

    @Test
    void anomaliesJsonCarriesInputsFindingsAndTotals() throws Exception {
        JsonNode json = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile());
        assertThat(json.get("tool").asText()).isEqualTo("saring");
        assertThat(json.get("generated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d|.*Z");
        assertThat(json.get("inputs")).hasSize(24);
        JsonNode totals = json.get("totals");
        assertThat(totals.get("files").asInt()).isEqualTo(24);
        assertThat(totals.get("records").asInt()).isEqualTo(431);
        assertThat(totals.get("error").asInt()).isEqualTo(74);
        assertThat(totals.get("warning").asInt()).isEqualTo(25);
        assertThat(totals.get("info").asInt()).isEqualTo(31);
        assertThat(json.get("findings")).hasSize(130);
        for (JsonNode input : json.get("inputs")) {
            boolean truncated = input.get("file").asText().equals("kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx");
            assertThat(input.get("status").asText()).isEqualTo(truncated ? "unreadable" : "read");
            if (!truncated) {
                assertThat(input.get("sha256").asText())
                        .isEqualTo(digestsBefore.get(SAMPLES.resolve(input.get("file").asText())));
                // the growth of each economic sector is no table saring knows: the one file without a table
                boolean noTable = input.get("file").asText()
                        .equals("pemkab-muara-enim/laju-pertumbuhan-ekonomi-2023.csv");
                int tables = input.get("tables").asInt();
                if (noTable) {
                    assertThat(tables).isZero();
                } else {
                    assertThat(tables).as(input.get("file").asText()).isPositive();
                }
            }
        }
        JsonNode unreadable = json.get("findings").findParents("category").stream()
                .filter(f -> f.get("category").asText().equals("unreadable-file")).findFirst().orElseThrow();
        assertThat(unreadable.get("row").isNull()).isTrue();
        assertThat(unreadable.get("message").asText()).isEqualTo("Berkas rusak atau terpotong sehingga tidak dapat"
                + " dibuka; minta salinan baru dari pengirimnya (Error reading Zip content from"
                + " kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx).");
    }

    @Test
    void aHiddenSheetIsNotedForTheWholeSheetAndReadAllTheSame() throws Exception {
        JsonNode json = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile());
        JsonNode hidden = json.get("findings").findParents("category").stream()
                .filter(f -> f.get("category").asText().equals("hidden-content")).findFirst().orElseThrow();
        assertThat(hidden.get("file").asText()).isEqualTo("setda-bengkulu-selatan/indikator-kinerja-lainnya-2023.xlsx");
        assertThat(hidden.get("sheet").asText()).isEqualTo("Triwulan");
        assertThat(hidden.get("row").isNull()).isTrue();
        assertThat(hidden.get("severity").asText()).isEqualTo("info");
        assertThat(hidden.get("message").asText()).isEqualTo("Lembar Triwulan tersembunyi; isinya tetap dibaca.");
        assertThat(csv(out.resolve("capaian.csv"))).filteredOn(r -> r.get("sheet").equals("Triwulan")).hasSize(10);
    }

    @Test
    void tablesCsvShowsHowEveryColumnWasRead() throws IOException {
        Map<String, String> useByColumn = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("tables.csv"))) {
            if (r.get("file").equals("kecamatan-sumber-harta/realisasi-anggaran-kegiatan-2023.xls")) {
                useByColumn.put(r.get("column"), r.get("header") + " -> " + r.get("field") + " " + r.get("use"));
            }
        }
        assertThat(useByColumn).containsEntry("D", "Penyerapan Realisasi (Rp) -> realisasi_anggaran field")
                .containsEntry("E", "Penyerapan Capaian (%) -> serapan field")
                .containsEntry("F", "Keuangan Narasi ->  unmatched")
                .containsEntry("I", "Keuangan Realisasi -> realisasi field")
                .hasSize(10);
    }

    @Test
    void everyOutputIsWrittenWholeAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(".saring", "anggaran.csv", "annotated", "anomalies.csv", "anomalies.json",
                            "anomalies.xlsx", "capaian-summary.xlsx", "capaian.csv", "consolidated.xlsx", "report.html",
                            "tables.csv");
        }
        // a copy of every readable input: workbooks in their own format, the others rebuilt as xlsx
        try (Stream<Path> copies = Files.walk(out.resolve("annotated"))) {
            assertThat(copies.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted()).containsExactly(
                            "annotated/kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx",
                            "annotated/kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv.xlsx",
                            "annotated/kecamatan-sumber-harta/iku-2023.csv.xlsx",
                            "annotated/kecamatan-sumber-harta/iku-renstra-2023.ods.xlsx",
                            "annotated/kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx",
                            "annotated/kecamatan-sumber-harta/realisasi-anggaran-kegiatan-2023.xls",
                            "annotated/pemkab-muara-enim/analisis-capaian-sasaran-2023.xls.xlsx",
                            "annotated/pemkab-muara-enim/efisiensi-anggaran-2023.xlsx",
                            "annotated/pemkab-muara-enim/efisiensi-anggaran-sasaran-4-2023.csv.xlsx",
                            "annotated/pemkab-muara-enim/iku-2023.xlsx",
                            "annotated/pemkab-muara-enim/kinerja-makro-2023.xlsx",
                            "annotated/pemkab-muara-enim/laju-pertumbuhan-ekonomi-2023.csv.xlsx",
                            "annotated/pemkab-muara-enim/lra-2023.csv.xlsx",
                            "annotated/pemkab-muara-enim/program-pembangunan-daerah-2018-2023.tsv.xlsx",
                            "annotated/pemkab-muara-enim/satpol-pp-anggaran-2023.csv.xlsx",
                            "annotated/pemkab-muara-enim/spm-pendidikan-2023.xlsx",
                            "annotated/pemkab-muara-enim/spm-pendidikan-anggaran-2023.csv.xlsx",
                            "annotated/setda-bengkulu-selatan/iku-2023.csv.xlsx",
                            "annotated/setda-bengkulu-selatan/indikator-kinerja-lainnya-2023.xlsx",
                            "annotated/setda-bengkulu-selatan/kinerja-kegiatan-pemerintahan-2023.xlsx",
                            "annotated/setda-bengkulu-selatan/perjanjian-kinerja-2023.xlsx",
                            "annotated/setda-bengkulu-selatan/realisasi-apbd-2023.xlsx",
                            "annotated/setda-bengkulu-selatan/tujuan-sasaran-renstra-2021-2026.xlsx");
        }
        assertThat(Files.readString(out.resolve("capaian.csv"), StandardCharsets.UTF_8))
                .startsWith("file,sheet,row,opd,tahun,sasaran,indikator,satuan,arah,target,realisasi,"
                        + "capaian_tertulis,capaian_hitung,predikat,status,target_skor,realisasi_skor\r\n");
        assertThat(Files.readString(out.resolve("anggaran.csv"), StandardCharsets.UTF_8))
                .startsWith("file,sheet,row,opd,tahun,level,kode,uraian,pagu,realisasi,serapan_tertulis,"
                        + "serapan_hitung,status\r\n");
    }

    @Test
    void inputsAreNeverModified() throws Exception {
        for (Path p : sampleFiles()) {
            assertThat(sha256(p)).as(p.toString()).isEqualTo(digestsBefore.get(p));
            assertThat(Files.getLastModifiedTime(p)).as(p.toString()).isEqualTo(timesBefore.get(p));
        }
    }

    /** The rows of the markdown table under {@code heading} in the samples README, cells trimmed. */
    static List<List<String>> readmeTable(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertThat(start).as("heading %s in %s", heading, README).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|")) {
                continue;
            }
            if (header || line.startsWith("|---")) {
                header = false;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The findings of anomalies.csv by "file!cell"; each of these cells holds one finding. */
    private Map<String, CSVRecord> findingsByCell() throws IOException {
        Map<String, CSVRecord> byCell = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("anomalies.csv"))) {
            byCell.put(r.get("file") + "!" + r.get("cell"), r);
        }
        return byCell;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
