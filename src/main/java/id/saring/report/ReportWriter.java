package id.saring.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.layout.ColumnMatch;
import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Severity;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.model.Value.Band;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every output of the contract. For machines: {@code anomalies.json}, {@code anomalies.csv},
 * {@code capaian.csv}, {@code anggaran.csv}, and {@code tables.csv}, the audit of how every table's columns were
 * read; CSV files are RFC 4180, UTF-8, {@code .} as decimal mark, no thousands separators, empty for missing. For
 * people: {@code anomalies.xlsx}, {@code capaian-summary.xlsx} and {@code consolidated.xlsx} ({@link Workbooks}) and
 * {@code report.html} ({@link HtmlReport}). All are written under temporary names and renamed into place together.
 */
public final class ReportWriter {

    public static final String ANOMALIES_JSON = "anomalies.json";
    public static final String ANOMALIES_CSV = "anomalies.csv";
    public static final String CAPAIAN_CSV = "capaian.csv";
    public static final String ANGGARAN_CSV = "anggaran.csv";
    public static final String TABLES_CSV = "tables.csv";
    public static final String ANOMALIES_XLSX = "anomalies.xlsx";
    public static final String CAPAIAN_SUMMARY_XLSX = "capaian-summary.xlsx";
    public static final String CONSOLIDATED_XLSX = "consolidated.xlsx";
    public static final String REPORT_HTML = "report.html";
    public static final List<String> OUTPUTS = List.of(ANOMALIES_JSON, ANOMALIES_CSV, CAPAIAN_CSV, ANGGARAN_CSV,
            TABLES_CSV, ANOMALIES_XLSX, CAPAIAN_SUMMARY_XLSX, CONSOLIDATED_XLSX, REPORT_HTML, AnnotatedCopies.FOLDER);

    static final List<String> FINDING_COLUMNS = List.of("file", "sheet", "row", "column", "cell", "category", "rule",
            "severity", "message", "value", "expected");
    static final List<String> CAPAIAN_COLUMNS = List.of("file", "sheet", "row", "opd", "tahun", "sasaran", "indikator",
            "satuan", "arah", "target", "realisasi", "capaian_tertulis", "capaian_hitung", "predikat", "status",
            "target_skor", "realisasi_skor");
    static final List<String> ANGGARAN_COLUMNS = List.of("file", "sheet", "row", "opd", "tahun", "level", "kode",
            "uraian", "pagu", "realisasi", "serapan_tertulis", "serapan_hitung", "status");
    static final List<String> TABLE_COLUMNS = List.of("file", "sheet", "header_rows", "title", "opd", "tahun",
            "column", "header", "field", "alias", "confidence", "use");

    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private final MessageCatalog messages;
    private final String version;
    private final int jobs;
    private final boolean keepCopies;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public ReportWriter(MessageCatalog messages, String version) {
        this(messages, version, 1, true);
    }

    /**
     * @param jobs      how many annotated copies are made at once
     * @param keepCopies whether an annotated copy the last run made from the same input and findings is kept
     *                  ({@link KeptCopies}) rather than made again
     */
    public ReportWriter(MessageCatalog messages, String version, int jobs, boolean keepCopies) {
        this.messages = messages;
        this.version = version;
        this.jobs = jobs;
        this.keepCopies = keepCopies;
    }

    /** One output or chain of outputs that depend on each other. */
    private interface Output {
        void write() throws IOException;
    }

    /**
     * Writes every output into {@code folder} (created when missing). Outputs that do not depend on each other are
     * written by up to {@code jobs} threads at once: consolidated.xlsx, the annotated copies followed by
     * anomalies.xlsx and report.html (which link to them), capaian-summary.xlsx, and the machine files. Each output's
     * content is the same whatever the order.
     */
    public void write(RunResult result, Path folder, OffsetDateTime generated) throws IOException {
        RecordStatus status = new RecordStatus(result.findings());
        try (AtomicOutput out = new AtomicOutput(folder)) {
            KeptCopies kept = keepCopies ? KeptCopies.in(folder) : KeptCopies.none(folder);
            Summary summary = new Summary(result, status);
            List<Output> outputs = List.of(
                    () -> {
                        try (OutputStream w = out.stream(CONSOLIDATED_XLSX)) {
                            summary.workbooks().consolidated(w);
                        }
                    },
                    () -> {
                        Map<String, AnnotatedCopy> copies = new AnnotatedCopies(messages, version, jobs)
                                .write(result, out, kept);
                        try (OutputStream w = out.stream(ANOMALIES_XLSX)) {
                            summary.workbooks().anomalies(w, copies);
                        }
                        try (Writer w = out.writer(REPORT_HTML)) {
                            new HtmlReport(messages, version).write(result, summary.get(), copies, generated, w);
                        }
                    },
                    () -> {
                        try (OutputStream w = out.stream(CAPAIAN_SUMMARY_XLSX)) {
                            summary.workbooks().summary(w);
                        }
                    },
                    () -> machineFiles(result, status, generated, out));
            Parallel.map(outputs, jobs, "saring-output", output -> {
                output.write();
                return output;
            });
            out.commit();
            kept.save();
        }
    }

    /**
     * The run's summary and the workbooks made from it, made by the first output that needs them (a thousand files
     * take a second) while the outputs that need none, the annotated copies first, go on.
     */
    private final class Summary {
        private final RunResult result;
        private final RecordStatus status;
        private RunSummary summary;
        private Workbooks workbooks;

        Summary(RunResult result, RecordStatus status) {
            this.result = result;
            this.status = status;
        }

        synchronized RunSummary get() {
            if (summary == null) {
                summary = new RunSummary(result, messages);
                workbooks = new Workbooks(messages, result, summary, status);
            }
            return summary;
        }

        synchronized Workbooks workbooks() {
            get();
            return workbooks;
        }
    }

    /** anomalies.json and the CSV files. */
    private void machineFiles(RunResult result, RecordStatus status, OffsetDateTime generated, AtomicOutput out)
            throws IOException {
        try (Writer w = out.writer(ANOMALIES_JSON)) {
            json.writeValue(w, anomalies(result, generated));
        }
        try (Writer w = out.writer(ANOMALIES_CSV); CSVPrinter csv = header(w, FINDING_COLUMNS)) {
            for (Finding f : result.findings()) {
                print(csv, findingEntry(f).values());
            }
        }
        try (Writer w = out.writer(CAPAIAN_CSV); CSVPrinter csv = header(w, CAPAIAN_COLUMNS)) {
            for (CapaianResult c : result.capaian()) {
                print(csv, capaianRow(c, status));
            }
        }
        try (Writer w = out.writer(ANGGARAN_CSV); CSVPrinter csv = header(w, ANGGARAN_COLUMNS)) {
            for (BudgetResult b : result.budget()) {
                print(csv, anggaranRow(b, status));
            }
        }
        try (Writer w = out.writer(TABLES_CSV); CSVPrinter csv = header(w, TABLE_COLUMNS)) {
            for (TableHeader t : result.tables()) {
                for (ColumnMatch m : t.columns().mapping()) {
                    print(csv, tableRow(t, m));
                }
            }
        }
    }

    /** One CSV line; text taken from an input cannot run as a formula where the file is opened. */
    private static void print(CSVPrinter csv, List<Object> values) throws IOException {
        csv.printRecord(values.stream().map(v -> v instanceof String text ? FormulaGuard.csv(text) : v));
    }

    private static CSVPrinter header(Writer w, List<String> columns) throws IOException {
        CSVPrinter printer = new CSVPrinter(w, CSV);
        printer.printRecord(columns);
        return printer;
    }

    @JsonPropertyOrder({"tool", "version", "generated", "inputs", "findings", "totals"})
    record Anomalies(String tool, String version, String generated, List<InputEntry> inputs,
            List<FindingEntry> findings, Totals totals) {
    }

    @JsonPropertyOrder({"file", "sha256", "status", "tables"})
    record InputEntry(String file, String sha256, String status, int tables) {
    }

    @JsonPropertyOrder({"file", "sheet", "row", "column", "cell", "category", "rule", "severity", "message", "value",
        "expected"})
    record FindingEntry(String file, String sheet, Integer row, String column, String cell, String category,
            String rule, String severity, String message, String value, String expected) {

        List<Object> values() {
            return List.of(file, sheet, row == null ? "" : row, column, cell, category, rule, severity, message, value,
                    expected);
        }
    }

    @JsonPropertyOrder({"files", "records", "error", "warning", "info"})
    record Totals(int files, int records, long error, long warning, long info) {
    }

    private Anomalies anomalies(RunResult result, OffsetDateTime generated) {
        List<InputEntry> inputs = result.inputs().stream()
                .map(i -> new InputEntry(i.file(), i.sha256(), i.readable() ? "read" : "unreadable", i.tables()))
                .toList();
        List<FindingEntry> findings = result.findings().stream().map(this::findingEntry).toList();
        Totals totals = new Totals(result.inputs().size(), result.capaian().size() + result.budget().size(),
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO));
        return new Anomalies("saring", version,
                generated.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                inputs, findings, totals);
    }

    private FindingEntry findingEntry(Finding f) {
        Location l = f.location();
        return new FindingEntry(l.file(), l.sheet(), l.row() > 0 ? l.row() : null, l.columnLetters(), l.cell(),
                f.category().code(), f.rule(), f.severity().code(), messages.render(f.message()), f.value(),
                f.expected());
    }

    private static List<Object> capaianRow(CapaianResult c, RecordStatus status) {
        CapaianRecord r = c.record();
        return List.of(r.location().file(), r.location().sheet(), r.location().row(), r.opd(), r.tahun(), r.sasaran(),
                r.indikator(), r.satuan(), c.arah().code(), valueText(r.target()), valueText(r.realisasi()),
                shownNumber(r.capaian()), c.capaianHitung().map(BigDecimal::toPlainString).orElse(""), c.predikat(),
                status.of(r), score(r.target()), score(r.realisasi()));
    }

    private static List<Object> anggaranRow(BudgetResult b, RecordStatus status) {
        BudgetLine l = b.line();
        return List.of(l.location().file(), l.location().sheet(), l.location().row(), l.opd(), l.tahun(),
                b.level().code(), l.kode(), l.uraian(), valueText(l.pagu()), valueText(l.realisasi()),
                shownNumber(l.serapan()), b.serapanHitung().map(BigDecimal::toPlainString).orElse(""),
                status.of(l));
    }

    /** One column of a table's header: what it says, what it was read as, and how sure the match is. */
    private static List<Object> tableRow(TableHeader t, ColumnMatch m) {
        return List.of(t.file(), t.sheet(), t.headerFirstRow() + "-" + t.headerLastRow(), t.title(), t.opd(),
                t.tahun(), Location.letters(m.column()), m.header(), m.field().map(Field::code).orElse(""), m.alias(),
                BigDecimal.valueOf(m.confidence()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                m.use().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A number as a plain machine number; a grade as its label; a band as written; else empty. */
    private static String valueText(Stated stated) {
        Value v = stated.value();
        if (v instanceof Quantity q) {
            return plain(q.amount());
        }
        if (v instanceof Grade g) {
            return g.label();
        }
        if (v instanceof Band) {
            return stated.shown().strip();
        }
        return "";
    }

    /** A stated figure at the precision the input shows. */
    private static String shownNumber(Stated stated) {
        return stated.value() instanceof Quantity q ? plain(q.shown()) : "";
    }

    private static String score(Stated stated) {
        return stated.value() instanceof Grade g ? g.score().map(ReportWriter::plain).orElse("") : "";
    }

    static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
