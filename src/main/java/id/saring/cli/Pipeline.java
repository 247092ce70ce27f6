package id.saring.cli;

import id.saring.cache.ResultCache;
import id.saring.cache.ResultCodec;
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
import id.saring.read.CellKind;
import id.saring.read.ContentHash;
import id.saring.read.InputFile;
import id.saring.read.InputReader;
import id.saring.read.SheetRow;
import id.saring.read.SheetVisitor;
import id.saring.read.UnreadableFileException;
import id.saring.report.Concatenation;
import id.saring.report.FileResult;
import id.saring.report.FormulaGuard;
import id.saring.report.InputStatus;
import id.saring.report.Parallel;
import id.saring.report.RecordSpill;
import id.saring.report.RunResult;
import id.saring.rules.CheckSettings;
import id.saring.rules.RuleSet;
import id.saring.value.IndoNumberParser;
import id.saring.value.RecordExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 *
 * <p>Each input is processed on its own ({@link FileResult}), by up to {@code jobs} threads at once, and the
 * results are put together in input order, so that a parallel run gives what a serial run gives. An input whose
 * content, name, agency and rules are those of a result in the {@link ResultCache} is not read again.
 */
final class Pipeline {

    /** What the pipeline tells as it goes: how many inputs there are, and each one as it is done. */
    interface Progress {
        Progress NONE = new Progress() {
        };

        default void started(int files) {
        }

        /** Called from the thread that processed the input, in the order inputs finish. */
        default void done(FileResult result, boolean cached) {
        }

        default void finished() {
        }
    }

    private final InputReader reader = new InputReader();
    private final IndoNumberParser parser;
    /** The rules the run started with: their indicator catalogue tells which names are the same indicator. */
    private final RuleSet bundled;
    private final int jobs;
    private final ResultCache cache;
    private final Progress progress;

    Pipeline(RuleSet rules) {
        this(rules, 1, ResultCache.none(), Progress.NONE);
    }

    Pipeline(RuleSet rules, int jobs, ResultCache cache, Progress progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs " + jobs);
        }
        this.bundled = rules;
        this.parser = new IndoNumberParser(rules.grades());
        this.jobs = jobs;
        this.cache = cache;
        this.progress = progress;
    }

    /** Processes {@code files} with the bundled rules. */
    RunResult run(List<InputFile> files) {
        return run(files, FolderSettings.none(bundled));
    }

    /** Processes each file with its own rules and agency, as its folder says ({@link FolderSettings}). */
    RunResult run(List<InputFile> files, FolderSettings folders) {
        progress.started(files.size());
        List<FileResult> results;
        try {
            results = Parallel.map(files, jobs, "saring-worker", file -> result(file, folders));
        } catch (IOException impossible) {
            // result() turns every input's failure into a finding
            throw new UncheckedIOException(impossible);
        }
        progress.finished();
        return combine(files, folders, results);
    }

    /** The file's result from the cache, else from reading it (and then kept in the cache). */
    private FileResult result(InputFile file, FolderSettings folders) {
        RuleSet rules = folders.rules(file);
        String agency = folders.agency(file);
        String sha256;
        try {
            sha256 = ContentHash.of(file.path());
        } catch (IOException e) {
            FileResult unreadable = new FileResult(new InputStatus(file.name(), file.path(), "", false, 0), List.of(),
                    List.of(), List.of(), List.of(), enabled(rules, List.of(unreadable(file, rules,
                            new UnreadableFileException(UnreadableFileException.Problem.CORRUPT,
                                    String.valueOf(e.getMessage()))))));
            progress.done(unreadable, false);
            return unreadable;
        }
        String key = ResultCache.key(sha256, file.name(), agency, folders.fingerprint(file));
        FileResult cached = cache.find(key, file.path()).orElse(null);
        if (cached != null) {
            progress.done(cached, true);
            return cached;
        }
        FileResult result = process(file, sha256, rules, agency);
        cache.keep(key, result);
        progress.done(result, false);
        return result;
    }

    private FileResult process(InputFile file, String sha256, RuleSet rules, String agency) {
        Collector results = new Collector(rules.checks());
        TableChecker checker = new TableChecker(rules, results);
        RecordExtractor extractor = new RecordExtractor(file.name(), parser, checker);
        NoTableCheck noTable = new NoTableCheck(file.name(), parser, rules.checks());
        Sheets sheets = new Sheets(file, rules, agency, extractor, results, noTable);
        boolean readable = true;
        try {
            reader.read(file.path(), sheets);
            noTable.findings(sheets.tables).forEach(results::finding);
        } catch (UnreadableFileException e) {
            sheets.abandon();
            results.finding(unreadable(file, rules, e));
            readable = false;
        }
        results.sortFindings();
        return new FileResult(new InputStatus(file.name(), file.path(), sha256, readable, sheets.tables,
                !readable || sheets.formulaLikeText),
                results.tables, results.capaian, results.capaianTables, results.budget, results.findings);
    }

    /**
     * The files' results in input order, with the findings of comparing every file's capaian with the others'
     * put among each file's own findings in reading order.
     */
    private RunResult combine(List<InputFile> files, FolderSettings folders, List<FileResult> results) {
        List<InputStatus> inputs = new ArrayList<>(results.size());
        List<TableHeader> tables = new ArrayList<>();
        List<ConflictCheck.Place> places = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            FileResult result = results.get(i);
            CheckSettings settings = folders.rules(files.get(i)).checks();
            inputs.add(result.input());
            tables.addAll(result.tables());
            int c = 0;
            for (CapaianResult record : result.capaian()) {
                places.add(new ConflictCheck.Place(record, result.tables().get(result.capaianTables().get(c++)),
                        settings));
            }
        }
        Map<String, List<Finding>> conflicts = new HashMap<>();
        for (Finding f : new ConflictCheck(bundled.indicators()).check(places)) {
            conflicts.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> findings = new ArrayList<>();
        for (FileResult result : results) {
            List<Finding> more = conflicts.get(result.input().file());
            if (more == null) {
                findings.addAll(result.findings());
            } else {
                List<Finding> ofFile = new ArrayList<>(result.findings());
                ofFile.addAll(more);
                findings.addAll(inReadingOrder(ofFile));
            }
        }
        return new RunResult(inputs, tables, new Concatenation<>(results.stream().map(FileResult::capaian).toList()),
                new Concatenation<>(results.stream().map(FileResult::budget).toList()), findings);
    }

    /** Only the findings {@code rules} leave switched on. */
    private static List<Finding> enabled(RuleSet rules, List<Finding> findings) {
        return findings.stream().filter(f -> rules.checks().enabled(f.category())).toList();
    }

    /** The file's findings in the order a person reads the file: sheet (as first met), row, column. */
    private static List<Finding> inReadingOrder(List<Finding> ofFile) {
        List<String> sheets = new ArrayList<>();
        ofFile.forEach(f -> {
            if (!sheets.contains(f.location().sheet())) {
                sheets.add(f.location().sheet());
            }
        });
        List<Finding> sorted = new ArrayList<>(ofFile);
        sorted.sort(Comparator.<Finding>comparingInt(f -> sheets.indexOf(f.location().sheet()))
                .thenComparingInt(f -> f.location().row())
                .thenComparingInt(f -> f.location().column()));
        return sorted;
    }

    /** The finding for a file that cannot be read; the library's words name the file as the outputs do. */
    private static Finding unreadable(InputFile file, RuleSet rules, UnreadableFileException e) {
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
    private static final class Sheets implements SheetVisitor {
        private final InputFile file;
        private final RuleSet rules;
        /** The agency of the file's tables whose titles name none. */
        private final String agency;
        private final RecordExtractor extractor;
        private final ResultListener results;
        private final NoTableCheck noTable;
        private SheetLayout layout;
        private String sheet;
        private int tables;
        /** Whether a text cell could run as a formula: its annotated copy must then guard it. */
        private boolean formulaLikeText;
        /** The sheet is hidden and no row with data came yet. */
        private boolean hiddenSheet;
        /** The run of hidden rows with data: its first and last row with data, and its last hidden row. */
        private int hiddenFrom;
        private int hiddenTo;
        private int hiddenEnd;

        Sheets(InputFile file, RuleSet rules, String agency, RecordExtractor extractor, ResultListener results,
                NoTableCheck noTable) {
            this.file = file;
            this.rules = rules;
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
            if (!formulaLikeText) {
                formulaLikeText = row.cells().stream()
                        .anyMatch(c -> c.kind() == CellKind.TEXT && FormulaGuard.isFormulaLike(c.text()));
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

    /** Everything one file produced, in reading order. */
    private static final class Collector implements ResultListener {
        final List<TableHeader> tables = new ArrayList<>();
        final List<CapaianResult> capaian = new RecordSpill<>(ResultCodec.CAPAIAN);
        final List<Integer> capaianTables = new ArrayList<>();
        final List<BudgetResult> budget = new RecordSpill<>(ResultCodec.BUDGET);
        List<Finding> findings = new ArrayList<>();
        /** The settings of the file: a category they switch off is not reported. */
        private final CheckSettings settings;

        Collector(CheckSettings settings) {
            this.settings = settings;
        }

        @Override
        public void table(TableHeader header) {
            tables.add(header);
        }

        @Override
        public void capaian(CapaianResult result) {
            capaian.add(result);
            capaianTables.add(tables.size() - 1);
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

        /** A group's sum is checked when the group closes, after its parts: put them in reading order. */
        void sortFindings() {
            findings = inReadingOrder(findings);
        }
    }
}
