package id.saring.report;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Severity;
import id.saring.model.Value.Quantity;
import id.saring.rules.BudgetRules.Section;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a run comes to, per agency, per predikat and per finding category: the figures of the summary sheets.
 * The capaian per agency and per predikat (counts, means, extremes) are computed with Tablesaw over the cleaned
 * records; the indicators of each agency by predikat and the findings by severity are counted as they are gone
 * through; money is summed as {@link BigDecimal}, never as the doubles Tablesaw holds, so that a regency's
 * Rp 3.745.457.978.249 stays exact.
 *
 * <p>An agency's budget is that of its most complete table: each table's budget is the sum of its spending
 * lines at its top level (programmes; where a table has none, its kegiatan, sub-kegiatan or types of spending), so
 * that no rupiah is counted twice through the lines that group it, and total and revenue lines are left out
 * (pengeluaran pembiayaan counts as spending, as in {@code budget.yaml}); of an agency's tables, the one with the largest pagu holds its budget. Tables are not added up: an
 * agency's tables are views of one budget (seed 000 gives the regency's LRA and, beside it, programme tables
 * that are part of it).
 */
final class RunSummary {

    /** One agency: its indicators by predikat, its mean capaian, its budget and its findings. */
    record AgencyRow(String opd, int indicators, int computed, BigDecimal meanCapaian,
            Map<String, Integer> perPredikat, int budgetLines, String budgetSource, BigDecimal pagu,
            BigDecimal realisasi, BigDecimal serapan, Map<Severity, Integer> findings) {
    }

    /** One predikat: how many indicators have it and their capaian. */
    record PredikatRow(String predikat, int indicators, BigDecimal meanCapaian, BigDecimal minCapaian,
            BigDecimal maxCapaian) {
    }

    /** The findings of one category or file, by severity. */
    record Tally(String key, Map<Severity, Integer> findings, int total) {
    }

    /** Budget levels from the top: the first of them a table has is its top level. */
    private static final List<BudgetLevel> SPENDING_LEVELS = List.of(BudgetLevel.PROGRAM, BudgetLevel.KEGIATAN,
            BudgetLevel.SUB_KEGIATAN, BudgetLevel.JENIS_BELANJA);

    private final String noOpd;
    private final String noPredikat;
    private final Agencies agencies;
    private final List<AgencyRow> agencyRows = new ArrayList<>();
    private final List<PredikatRow> predikatRows = new ArrayList<>();
    private final List<Tally> categoryRows = new ArrayList<>();
    private final List<Tally> fileRows = new ArrayList<>();

    RunSummary(RunResult result, MessageCatalog messages) {
        this.noOpd = messages.render("workbook.no-opd");
        this.noPredikat = messages.render("workbook.no-predikat");
        Names names = new Names(result);
        this.agencies = new Agencies(names.all);
        Table capaian = capaianTable(result.capaian());
        summarisePredikat(capaian);
        summariseAgencies(result, capaian, names);
        summariseCategories(result.findings());
        summariseFiles(result);
    }

    Agencies agencies() {
        return agencies;
    }

    List<AgencyRow> perAgency() {
        return agencyRows;
    }

    /** The predikat from the best mean capaian to the worst; indicators without one last. */
    List<PredikatRow> perPredikat() {
        return predikatRows;
    }

    /** The categories that have findings, in the contract's order. */
    List<Tally> perCategory() {
        return categoryRows;
    }

    /** Every input in input order, with its findings (none for a file without any). */
    List<Tally> perFile() {
        return fileRows;
    }

    /** The agency a record names, by the longest name of its agency; one nobody named has a label of its own. */
    String agency(String opd) {
        return opd.isBlank() ? noOpd : agencies.of(opd);
    }

    private Table capaianTable(List<CapaianResult> records) {
        StringColumn opd = StringColumn.create("opd");
        StringColumn predikat = StringColumn.create("predikat");
        DoubleColumn capaian = DoubleColumn.create("capaian");
        for (CapaianResult c : records) {
            opd.append(agency(c.record().opd()));
            predikat.append(c.predikat().isBlank() ? noPredikat : c.predikat());
            if (c.capaianHitung().isPresent()) {
                capaian.append(c.capaianHitung().get().doubleValue());
            } else {
                capaian.appendMissing();
            }
        }
        return Table.create("capaian", opd, predikat, capaian);
    }

    private void summarisePredikat(Table capaian) {
        if (capaian.rowCount() == 0) {
            return;
        }
        Table byPredikat = capaian.summarize("capaian", AggregateFunctions.countWithMissing,
                AggregateFunctions.mean, AggregateFunctions.min, AggregateFunctions.max).by("predikat");
        for (int r = 0; r < byPredikat.rowCount(); r++) {
            predikatRows.add(new PredikatRow(byPredikat.stringColumn(0).get(r), (int) number(byPredikat, 1, r),
                    percent(number(byPredikat, 2, r)), percent(number(byPredikat, 3, r)),
                    percent(number(byPredikat, 4, r))));
        }
        predikatRows.sort(Comparator.comparing((PredikatRow p) -> p.predikat().equals(noPredikat))
                .thenComparing(p -> p.meanCapaian() == null ? BigDecimal.ZERO : p.meanCapaian(),
                        Comparator.reverseOrder()));
    }

    private void summariseAgencies(RunResult result, Table capaian, Names names) {
        Map<String, double[]> means = new HashMap<>();
        Map<String, Map<String, Integer>> perPredikat = new HashMap<>();
        if (capaian.rowCount() > 0) {
            Table byAgency = capaian.summarize("capaian", AggregateFunctions.countWithMissing,
                    AggregateFunctions.countNonMissing, AggregateFunctions.mean).by("opd");
            for (int r = 0; r < byAgency.rowCount(); r++) {
                means.put(byAgency.stringColumn(0).get(r),
                        new double[] {number(byAgency, 1, r), number(byAgency, 2, r), number(byAgency, 3, r)});
            }
            StringColumn opd = capaian.stringColumn("opd");
            StringColumn predikat = capaian.stringColumn("predikat");
            for (int r = 0; r < capaian.rowCount(); r++) {
                perPredikat.computeIfAbsent(opd.get(r), k -> zeroes()).merge(predikat.get(r), 1, Integer::sum);
            }
        }
        Map<String, Budget> budgets = budgets(result.budget());
        Map<String, Integer> lines = new HashMap<>();
        names.budgetLines.forEach((name, count) -> lines.merge(agency(name), count, Integer::sum));
        Map<String, Map<Severity, Integer>> findings = bySeverity(result.findings(), f -> agency(names.of(f)));
        Set<String> order = new LinkedHashSet<>();
        agencies.all().forEach(name -> order.add(agency(name)));
        order.addAll(findings.keySet());
        for (String opd : order) {
            double[] mean = means.getOrDefault(opd, new double[] {0, 0, Double.NaN});
            Budget budget = budgets.get(opd);
            agencyRows.add(new AgencyRow(opd, (int) mean[0], (int) mean[1], percent(mean[2]),
                    perPredikat.getOrDefault(opd, Map.of()), lines.getOrDefault(opd, 0),
                    budget == null ? "" : budget.source, budget == null ? null : budget.pagu,
                    budget == null ? null : budget.realisasi, budget == null ? null : budget.serapan(),
                    findings.getOrDefault(opd, severities())));
        }
    }

    /** The pagu and realisasi of one table's top-level spending lines. */
    private static final class Budget {
        final String source;
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal realisasi = BigDecimal.ZERO;

        Budget(Location table) {
            this.source = table.sheet().isEmpty() ? table.file() : table.file() + " (" + table.sheet() + ")";
        }

        BigDecimal serapan() {
            return pagu.signum() > 0
                    ? realisasi.multiply(BigDecimal.valueOf(100)).divide(pagu, 2, RoundingMode.HALF_UP) : null;
        }
    }

    /** What one table's lines add up to, level by level: read in one pass over lines that may live on disk. */
    private static final class TableSums {
        final Location first;
        final String opd;
        boolean sectioned;
        /** Spending lines by level: all of them, and those of the spending section of a sectioned table (an LRA). */
        final Map<BudgetLevel, Sum> all = new EnumMap<>(BudgetLevel.class);
        final Map<BudgetLevel, Sum> expenditure = new EnumMap<>(BudgetLevel.class);

        TableSums(BudgetLine first) {
            this.first = first.location();
            this.opd = first.opd();
        }
    }

    /** The pagu and realisasi of the lines of one level; {@code any} when one of them states a pagu. */
    private static final class Sum {
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal realisasi = BigDecimal.ZERO;
        boolean any;

        void add(BudgetLine line) {
            if (line.pagu().value() instanceof Quantity p) {
                any = true;
                pagu = pagu.add(p.amount());
                if (line.realisasi().value() instanceof Quantity r) {
                    realisasi = realisasi.add(r.amount());
                }
            }
        }
    }

    /** Each agency's budget: that of its table with the largest top-level pagu. */
    private Map<String, Budget> budgets(List<BudgetResult> lines) {
        Map<String, TableSums> byTable = new LinkedHashMap<>();
        for (BudgetResult b : lines) {
            Location l = b.line().location();
            TableSums table = byTable.computeIfAbsent(l.file() + '\u0000' + l.sheet(), k -> new TableSums(b.line()));
            table.sectioned |= b.section().isPresent();
            if (SPENDING_LEVELS.contains(b.level())) {
                table.all.computeIfAbsent(b.level(), k -> new Sum()).add(b.line());
                if (b.section().equals(Optional.of(Section.EXPENDITURE))) {
                    table.expenditure.computeIfAbsent(b.level(), k -> new Sum()).add(b.line());
                }
            }
        }
        Map<String, Budget> byAgency = new HashMap<>();
        for (TableSums table : byTable.values()) {
            // in a table that names its sections (an LRA), only lines of the spending section count, among them
            // the pengeluaran pembiayaan that budget.yaml counts as money spent (seed 000 l.2990: Pembentukan
            // Dana Cadangan); revenue and lines of no known section do not
            Map<BudgetLevel, Sum> spending = table.sectioned ? table.expenditure : table.all;
            Optional<BudgetLevel> top = spending.keySet().stream()
                    .min(Comparator.comparingInt(SPENDING_LEVELS::indexOf));
            if (top.isEmpty() || !spending.get(top.get()).any) {
                continue;
            }
            Sum sum = spending.get(top.get());
            Budget budget = new Budget(table.first);
            budget.pagu = sum.pagu;
            budget.realisasi = sum.realisasi;
            String agency = agency(table.opd);
            Budget known = byAgency.get(agency);
            if (known == null || budget.pagu.compareTo(known.pagu) > 0) {
                byAgency.put(agency, budget);
            }
        }
        return byAgency;
    }

    /**
     * The agency names the records give, and what the agency summary needs of the records besides, gathered in one
     * pass over them: a budget of a million lines lives on disk, and each pass reads it back.
     */
    private static final class Names {
        /** Every name, in the order the records first give it. */
        final Set<String> all = new LinkedHashSet<>();
        /** How many budget lines give each name. */
        final Map<String, Integer> budgetLines = new HashMap<>();
        /** The name on each row a finding is on; only those rows, since a file may have a million records. */
        private final Map<String, String> byRow = new HashMap<>();
        /** The name on each file's first record. */
        private final Map<String, String> byFile = new HashMap<>();

        Names(RunResult result) {
            Set<String> found = new HashSet<>();
            result.findings().forEach(f -> found.add(rowKey(f.location())));
            for (CapaianResult c : result.capaian()) {
                note(c.record().location(), c.record().opd(), found);
            }
            for (BudgetResult b : result.budget()) {
                note(b.line().location(), b.line().opd(), found);
                budgetLines.merge(b.line().opd(), 1, Integer::sum);
            }
        }

        private void note(Location at, String opd, Set<String> found) {
            all.add(opd);
            String row = rowKey(at);
            if (found.contains(row)) {
                byRow.put(row, opd);
            }
            byFile.putIfAbsent(at.file(), opd);
        }

        /**
         * The agency name a finding counts for: that of the record on its row, else that of its file's first record
         * (a missing column, a file that is unreadable has none: it counts for nobody's agency).
         */
        String of(Finding f) {
            return byRow.getOrDefault(rowKey(f.location()), byFile.getOrDefault(f.location().file(), ""));
        }
    }

    private void summariseCategories(List<Finding> findings) {
        Map<String, Map<Severity, Integer>> counts = bySeverity(findings, f -> f.category().code());
        for (Category c : Category.values()) {
            Map<Severity, Integer> own = counts.get(c.code());
            if (own != null) {
                categoryRows.add(tally(c.code(), own));
            }
        }
    }

    private void summariseFiles(RunResult result) {
        Map<String, Map<Severity, Integer>> counts = bySeverity(result.findings(), f -> f.location().file());
        for (InputStatus input : result.inputs()) {
            fileRows.add(tally(input.file(), counts.getOrDefault(input.file(), severities())));
        }
    }

    private static Tally tally(String key, Map<Severity, Integer> counts) {
        return new Tally(key, counts, counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * The findings counted by {@code key} and severity, in the order of the keys. (Tablesaw's cross-tabulation
     * gave the same, but took a second for a thousand files: it merges sorted iterators for every cell.)
     */
    private static Map<String, Map<Severity, Integer>> bySeverity(List<Finding> findings,
            Function<Finding, String> key) {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(key.apply(f), k -> severities()).merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** A figure of a summary table, whatever numeric column type Tablesaw gave it. */
    private static double number(Table table, int column, int row) {
        return table.numberColumn(column).getDouble(row);
    }

    /** Every predikat of the summary at 0, in its order. */
    private Map<String, Integer> zeroes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        predikatRows.forEach(p -> counts.put(p.predikat(), 0));
        return counts;
    }

    private static Map<Severity, Integer> severities() {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        return counts;
    }

    private static String rowKey(Location l) {
        return l.file() + '\u0000' + l.sheet() + '\u0000' + l.row();
    }

    /** A mean or extreme of capaian at two decimals; none when no capaian could be computed. */
    private static BigDecimal percent(double value) {
        return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
