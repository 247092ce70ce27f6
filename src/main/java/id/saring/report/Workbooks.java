package id.saring.report;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Severity;
import id.saring.report.RunSummary.AgencyRow;
import id.saring.report.RunSummary.PredikatRow;
import id.saring.report.RunSummary.Tally;
import id.saring.report.TableSheet.Column;
import id.saring.report.TableSheet.Kind;
import id.saring.report.TableSheet.Link;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workbooks for people: {@code capaian-summary.xlsx}, {@code consolidated.xlsx} and {@code anomalies.xlsx}.
 * Each is written row by row with {@link XlsxWriter}, which keeps a sheet's rows in memory up to a limit and the
 * rest in a temporary file, so that a province's thousand agencies and a million budget lines fit in bounded
 * memory.
 */
final class Workbooks {

    private final MessageCatalog messages;
    private final RunResult result;
    private final RunSummary summary;
    private final RecordColumns records;

    Workbooks(MessageCatalog messages, RunResult result, RunSummary summary, RecordStatus status) {
        this.messages = messages;
        this.result = result;
        this.summary = summary;
        this.records = new RecordColumns(messages, status);
    }

    /** The cleaned records and budget lines, and the summaries per agency, per predikat and per category. */
    void summary(OutputStream out) throws IOException {
        write(out, (book, formats) -> {
            new TableSheet<>(sheet(book, "capaian"), formats, records.capaian(), 0).rows(result.capaian()).finish();
            new TableSheet<>(sheet(book, "anggaran"), formats, records.budget(), 0).rows(result.budget()).finish();
            perAgency(sheet(book, "per-opd"), formats);
            new TableSheet<>(sheet(book, "per-predikat"), formats, predikatColumns(), 0)
                    .rows(summary.perPredikat()).finish();
            perCategory(sheet(book, "per-category"), formats);
        });
    }

    /**
     * Every agency's cleaned tables, one sheet per agency (its capaian records, then its budget lines), after one
     * combined sheet of capaian and one of budget lines; every row names the file, sheet and row it comes from.
     */
    void consolidated(OutputStream out) throws IOException {
        // each agency's records as runs of indices (an input's records are one run), not as copies of them: the
        // records may be a million budget lines that live on disk
        Map<String, List<int[]>> capaian = new LinkedHashMap<>();
        Map<String, List<int[]>> budget = new LinkedHashMap<>();
        Set<String> agencies = new LinkedHashSet<>();
        int index = 0;
        for (CapaianResult c : result.capaian()) {
            extend(capaian, agency(c.record().opd(), agencies), index++);
        }
        index = 0;
        for (BudgetResult b : result.budget()) {
            extend(budget, agency(b.line().opd(), agencies), index++);
        }
        write(out, (book, formats) -> {
            SheetNames names = new SheetNames();
            new TableSheet<>(book.sheet(names.name(messages.render("workbook.sheet.capaian-all"), "")),
                    formats, records.capaian(), 0).rows(result.capaian()).finish();
            new TableSheet<>(book.sheet(names.name(messages.render("workbook.sheet.anggaran-all"), "")),
                    formats, records.budget(), 0).rows(result.budget()).finish();
            for (String agency : agencies) {
                XlsxWriter.Sheet sheet = book.sheet(names.name(agency, messages.render("workbook.no-opd")));
                sheet.row(0);
                sheet.text(0, messages.render("workbook.opd-title", agency), formats.header());
                int next = 2;
                List<int[]> own = capaian.getOrDefault(agency, List.of());
                if (!own.isEmpty()) {
                    TableSheet<CapaianResult> table = new TableSheet<>(sheet, formats, records.capaian(), next);
                    for (int[] run : own) {
                        table.rows(result.capaian().subList(run[0], run[1]));
                    }
                    table.finish();
                    next = table.nextRow() + 1;
                }
                List<int[]> lines = budget.getOrDefault(agency, List.of());
                if (!lines.isEmpty()) {
                    TableSheet<BudgetResult> table = new TableSheet<>(sheet, formats, records.budget(), next);
                    for (int[] run : lines) {
                        table.rows(result.budget().subList(run[0], run[1]));
                    }
                    if (own.isEmpty()) {
                        table.finish();
                    } else {
                        table.fitColumns();
                    }
                }
            }
        });
    }

    /**
     * The findings, each with a link to its cell in the annotated copy of its file, and the counts per category
     * and severity.
     */
    void anomalies(OutputStream out, Map<String, AnnotatedCopy> copies) throws IOException {
        List<Column<Finding>> columns = List.of(
                records.column("file", Kind.TEXT, f -> f.location().file()),
                records.column("sheet", Kind.TEXT, f -> f.location().sheet()),
                records.column("row", Kind.WHOLE, f -> f.location().row() > 0 ? f.location().row() : null),
                records.column("cell", Kind.TEXT, f -> f.location().cell()),
                records.column("category", Kind.TEXT, f -> f.category().code()),
                records.column("severity", Kind.SEVERITY, Finding::severity),
                records.column("message", Kind.TEXT, f -> messages.render(f.message())),
                records.column("value", Kind.TEXT, Finding::value),
                records.column("expected", Kind.TEXT, Finding::expected),
                records.column("annotated", Kind.LINK, f -> link(f.location(), copies.get(f.location().file()))));
        write(out, (book, formats) -> {
            new TableSheet<>(sheet(book, "findings"), formats, columns, 0).rows(result.findings()).finish();
            perCategory(sheet(book, "per-category"), formats);
            new TableSheet<>(sheet(book, "per-file"), formats, tallyColumns("file"), 0).rows(summary.perFile())
                    .finish();
        });
    }

    private Link link(Location location, AnnotatedCopy copy) {
        if (copy == null) {
            return null;
        }
        String place = copy.place(location);
        return new Link(messages.render("workbook.open", place), copy.path(), place);
    }

    private void perAgency(XlsxWriter.Sheet sheet, WorkbookFormats formats) throws IOException {
        List<Column<AgencyRow>> columns = new ArrayList<>();
        columns.add(records.column("opd", Kind.TEXT, AgencyRow::opd));
        columns.add(records.column("indicators", Kind.NUMBER, AgencyRow::indicators));
        columns.add(records.column("computed", Kind.NUMBER, AgencyRow::computed));
        columns.add(records.column("mean-capaian", Kind.PERCENT, AgencyRow::meanCapaian));
        for (PredikatRow p : summary.perPredikat()) {
            columns.add(new Column<>(p.predikat(), Kind.NUMBER, a -> a.perPredikat().getOrDefault(p.predikat(), 0)));
        }
        columns.add(records.column("budget-lines", Kind.NUMBER, AgencyRow::budgetLines));
        columns.add(records.column("budget-source", Kind.TEXT, AgencyRow::budgetSource));
        columns.add(records.column("pagu", Kind.RUPIAH, AgencyRow::pagu));
        columns.add(records.column("realisasi-anggaran", Kind.RUPIAH, AgencyRow::realisasi));
        columns.add(records.column("serapan", Kind.PERCENT, AgencyRow::serapan));
        for (Severity s : Severity.values()) {
            columns.add(records.column(s.code(), Kind.NUMBER, a -> a.findings().get(s)));
        }
        TableSheet<AgencyRow> table = new TableSheet<>(sheet, formats, columns, 0).rows(summary.perAgency());
        table.finish();
        sheet.row(table.nextRow() + 1);
        sheet.text(0, messages.render("workbook.note.budget"), XlsxWriter.PLAIN);
    }

    private List<Column<PredikatRow>> predikatColumns() {
        return List.of(
                records.column("predikat", Kind.TEXT, PredikatRow::predikat),
                records.column("indicators", Kind.NUMBER, PredikatRow::indicators),
                records.column("mean-capaian", Kind.PERCENT, PredikatRow::meanCapaian),
                records.column("min-capaian", Kind.PERCENT, PredikatRow::minCapaian),
                records.column("max-capaian", Kind.PERCENT, PredikatRow::maxCapaian));
    }

    private void perCategory(XlsxWriter.Sheet sheet, WorkbookFormats formats) throws IOException {
        new TableSheet<>(sheet, formats, tallyColumns("category"), 0).rows(summary.perCategory()).finish();
    }

    /** A tally's key under the header {@code keyColumn}, its findings by severity and their total. */
    private List<Column<Tally>> tallyColumns(String keyColumn) {
        List<Column<Tally>> columns = new ArrayList<>();
        columns.add(records.column(keyColumn, Kind.TEXT, Tally::key));
        for (Severity s : Severity.values()) {
            columns.add(records.column(s.code(), Kind.NUMBER, t -> t.findings().get(s)));
        }
        columns.add(records.column("total", Kind.NUMBER, Tally::total));
        return columns;
    }

    /** The agency of {@code opd}, noted in {@code order} the first time it is seen. */
    private String agency(String opd, Set<String> order) {
        String agency = summary.agency(opd);
        order.add(agency);
        return agency;
    }

    /** Adds record {@code index} to the agency's runs: to its last run when it follows it, else as a new run. */
    private static void extend(Map<String, List<int[]>> runs, String agency, int index) {
        List<int[]> own = runs.computeIfAbsent(agency, k -> new ArrayList<>());
        int[] last = own.isEmpty() ? null : own.get(own.size() - 1);
        if (last != null && last[1] == index) {
            last[1]++;
        } else {
            own.add(new int[] {index, index + 1});
        }
    }

    private XlsxWriter.Sheet sheet(XlsxWriter book, String key) throws IOException {
        return book.sheet(messages.render("workbook.sheet." + key));
    }

    /** What fills one workbook. */
    private interface Content {
        void fill(XlsxWriter book, WorkbookFormats formats) throws IOException;
    }

    private void write(OutputStream out, Content content) throws IOException {
        try (XlsxWriter book = new XlsxWriter(out)) {
            content.fill(book, new WorkbookFormats(book, messages));
            book.finish();
        }
    }
}
