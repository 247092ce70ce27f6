package id.saring.cli;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.check.ConflictCheck;
import id.saring.check.NoTableCheck;
import id.saring.check.ResultListener;
import id.saring.check.TableChecker;
import id.saring.layout.SheetLayout;
import id.saring.layout.TableHeader;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.read.Cell;
import id.saring.read.ContentHash;
import id.saring.read.InputFile;
import id.saring.read.InputReader;
import id.saring.read.SheetRow;
import id.saring.read.SheetVisitor;
import id.saring.read.UnreadableFileException;
import id.saring.report.InputStatus;
import id.saring.report.RunResult;
import id.saring.rules.CheckSettings;
import id.saring.rules.RuleSet;
import id.saring.value.IndoNumberParser;
import id.saring.value.RecordExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every stage on every input: read → layout → value → check, collecting what the report stage writes.
 * A file that cannot be read becomes an {@code unreadable-file} finding and the others are still processed;
 * rows read before a file turned out to be damaged are kept. Once every file is read, the capaian of all of them
 * are compared with each other ({@code conflicting-value}).
 */
final class Pipeline {

    private final InputReader reader = new InputReader();
    private final IndoNumberParser parser;
    /** The rules the run started with: their indicator catalogue tells which names are the same indicator. */
    private final RuleSet bundled;
    /** The rules of the file being processed: the bundled ones or its region's profile. */
    private RuleSet rules;

    Pipeline(RuleSet rules) {
        this.rules = rules;
        this.bundled = rules;
        this.parser = new IndoNumberParser(rules.grades());
    }

    /** Processes {@code files} with the bundled rules. */
    RunResult run(List<InputFile> files) {
        return run(files, FolderSettings.none(bundled));
    }

    /** Processes each file with its own rules and agency, as its folder says ({@link FolderSettings}). */
    RunResult run(List<InputFile> files, FolderSettings folders) {
        List<InputStatus> inputs = new ArrayList<>();
        Collector results = new Collector();
        for (InputFile file : files) {
            rules = folders.rules(file);
            results.settings = rules.checks();
            int firstFinding = results.findings.size();
            inputs.add(process(file, folders.agency(file), results));
            results.sortFindingsFrom(firstFinding);
        }
        results.insert(new ConflictCheck(bundled.indicators()).check(results.places), files);
        return new RunResult(inputs, results.tables, results.capaian, results.budget, results.findings);
    }

    private InputStatus process(InputFile file, String agency, Collector results) {
        TableChecker checker = new TableChecker(rules, results);
        RecordExtractor extractor = new RecordExtractor(file.name(), parser, checker);
        NoTableCheck noTable = new NoTableCheck(file.name(), parser, rules.checks());
        Sheets sheets = new Sheets(file, agency, extractor, results, noTable);
        String sha256;
        try {
            sha256 = ContentHash.of(file.path());
        } catch (IOException e) {
            results.finding(unreadable(file, new UnreadableFileException(UnreadableFileException.Problem.CORRUPT,
                    String.valueOf(e.getMessage()))));
            return new InputStatus(file.name(), file.path(), "", false, 0);
        }
        try {
            reader.read(file.path(), sheets);
        } catch (UnreadableFileException e) {
            sheets.abandon();
            results.finding(unreadable(file, e));
            return new InputStatus(file.name(), file.path(), sha256, false, sheets.tables);
        }
        noTable.findings(sheets.tables).forEach(results::finding);
        return new InputStatus(file.name(), file.path(), sha256, true, sheets.tables);
    }

    /** The finding for a file that cannot be read; the library's words name the file as the outputs do. */
    private Finding unreadable(InputFile file, UnreadableFileException e) {
        String key = "file.unreadable." + e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-');
        List<Object> arguments = e.arguments().stream()
                .map(a -> a instanceof String detail ? detail
                        .replace(file.path().toAbsolutePath().toString(), file.name())
                        .replace(file.path().toString(), file.name()) : a)
                .toList();
        return new Finding(Location.ofFile(file.name()), Category.UNREADABLE_FILE, "file.unreadable",
                rules.checks().severity(Category.UNREADABLE_FILE), new Message(key, arguments), "", "");
    }

    /** Hands each sheet's rows to its own layout, and notes hidden sheets and hidden rows that hold data. */
    private final class Sheets implements SheetVisitor {
        private final InputFile file;
        /** The agency of the file's tables whose titles name none. */
        private final String agency;
        private final RecordExtractor extractor;
        private final ResultListener results;
        private final NoTableCheck noTable;
        private SheetLayout layout;
        private String sheet;
        private int tables;
        /** The sheet is hidden and no row with data came yet. */
        private boolean hiddenSheet;
        /** The run of hidden rows with data: its first and last row with data, and its last hidden row. */
        private int hiddenFrom;
        private int hiddenTo;
        private int hiddenEnd;

        Sheets(InputFile file, String agency, RecordExtractor extractor, ResultListener results,
                NoTableCheck noTable) {
            this.file = file;
            this.agency = agency;
            this.extractor = extractor;
            this.results = results;
            this.noTable = noTable;
        }

        @Override
        public void startSheet(String name, boolean hidden) {
            layout = new SheetLayout(file.name(), name, agency, rules.columns(), extractor);
            sheet = name;
            hiddenSheet = hidden;
            noTable.startSheet(name);
        }

        @Override
        public void row(SheetRow row) {
            if (hiddenSheet && !row.isBlank()) {
                note(new Location(file.name(), sheet, 0, -1), Message.of("hidden.sheet", sheet));
                hiddenSheet = false;
            }
            if (row.hidden()) {
                // an empty hidden row inside a run of hidden rows does not split it
                boolean continues = hiddenFrom > 0 && hiddenEnd == row.number() - 1;
                if (!continues && !row.isBlank()) {
                    noteHiddenRows();
                    hiddenFrom = row.number();
                }
                if (continues || !row.isBlank()) {
                    hiddenEnd = row.number();
                    hiddenTo = row.isBlank() ? hiddenTo : row.number();
                }
            }
            if (layout.tables() == 0) {
                noTable.row(row);
            }
            layout.accept(row);
        }

        @Override
        public void textCut(int row, Cell cut, int length) {
            Location at = new Location(file.name(), sheet, row, cut.column());
            results.finding(new Finding(at, Category.UNPARSEABLE_VALUE, "read.long-text",
                    rules.checks().severity(Category.UNPARSEABLE_VALUE),
                    Message.of("cell.text-cut", at.cell(), BigDecimal.valueOf(length),
                            BigDecimal.valueOf(cut.text().length())),
                    cut.text(), ""));
        }

        @Override
        public void endSheet() {
            layout.finish();
            tables += layout.tables();
            noTable.endSheet(layout.tables());
            noteHiddenRows();
            layout = null;
        }

        /** The file broke off: keep what its open sheet held so far. */
        void abandon() {
            if (layout != null) {
                endSheet();
            }
        }

        private void noteHiddenRows() {
            if (hiddenFrom > 0) {
                Message message = hiddenFrom == hiddenTo
                        ? Message.of("hidden.row", String.valueOf(hiddenFrom), sheet)
                        : Message.of("hidden.rows", String.valueOf(hiddenFrom), String.valueOf(hiddenTo), sheet);
                note(new Location(file.name(), sheet, hiddenFrom, -1), message);
            }
            hiddenFrom = 0;
            hiddenTo = 0;
            hiddenEnd = 0;
        }

        private void note(Location location, Message message) {
            results.finding(new Finding(location, Category.HIDDEN_CONTENT, "read.hidden",
                    rules.checks().severity(Category.HIDDEN_CONTENT), message, "", ""));
        }
    }

    /** Everything checked so far, in input order. */
    private static final class Collector implements ResultListener {
        final List<TableHeader> tables = new ArrayList<>();
        final List<CapaianResult> capaian = new ArrayList<>();
        final List<BudgetResult> budget = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        /** Every capaian record with its table and its file's settings, to compare them across files at the end. */
        final List<ConflictCheck.Place> places = new ArrayList<>();
        /** The settings of the file being processed: a category they switch off is not reported. */
        CheckSettings settings;
        private TableHeader table;

        @Override
        public void table(TableHeader header) {
            tables.add(header);
            table = header;
        }

        @Override
        public void capaian(CapaianResult result) {
            capaian.add(result);
            places.add(new ConflictCheck.Place(result, table, settings));
        }

        @Override
        public void budget(BudgetResult result) {
            budget.add(result);
        }

        @Override
        public void finding(Finding finding) {
            if (settings.enabled(finding.category())) {
                findings.add(finding);
            }
        }

        /**
         * A group's sum is checked when the group closes, after its parts: a file's findings are put in the
         * order a person reads the file (sheet, row, column).
         */
        /**
         * Findings made once every file was read, each put among its own file's findings in reading order; the
         * files keep their input order.
         */
        void insert(List<Finding> more, List<InputFile> files) {
            if (more.isEmpty()) {
                return;
            }
            Map<String, List<Finding>> byFile = new HashMap<>();
            findings.forEach(f -> byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f));
            more.forEach(f -> byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f));
            findings.clear();
            for (InputFile file : files) {
                int first = findings.size();
                List<Finding> ofFile = byFile.remove(file.name());
                findings.addAll(ofFile == null ? List.of() : ofFile);
                sortFindingsFrom(first);
            }
        }

        void sortFindingsFrom(int first) {
            List<Finding> ofFile = findings.subList(first, findings.size());
            List<String> sheets = new ArrayList<>();
            ofFile.forEach(f -> {
                if (!sheets.contains(f.location().sheet())) {
                    sheets.add(f.location().sheet());
                }
            });
            ofFile.sort(Comparator.<Finding>comparingInt(f -> sheets.indexOf(f.location().sheet()))
                    .thenComparingInt(f -> f.location().row())
                    .thenComparingInt(f -> f.location().column()));
        }
    }
}
