package id.saring.check;

import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Unit;
import id.saring.rules.BudgetRules;
import id.saring.rules.IndicatorCatalogue;
import id.saring.rules.RuleSet;
import id.saring.value.RecordListener;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs every check on the records of one file, table by table, and passes on results and findings. */
public final class TableChecker implements RecordListener {

    private static final int MAX_RUN = 5000;

    private final RuleSet rules;
    private final ResultListener out;
    private final Findings findings;
    private final ValueFormatCheck valueFormat;
    private final CapaianCheck capaian;
    private final AbsorptionCheck absorption;
    private final BudgetOverrunCheck overrun;
    private final RecordChecks recordChecks;
    private final MissingColumnCheck missingColumn;
    private final DuplicateCheck duplicates;
    private final TargetTrendCheck targetTrend;
    private SumCheck sums;
    private LevelInference inference;
    private boolean placeByCode;
    /** Lines right below a programme that do not place themselves, until a line that does. */
    private final List<BudgetLine> run = new ArrayList<>();
    private boolean belowProgramme;

    public TableChecker(RuleSet rules, ResultListener out) {
        this.rules = rules;
        this.out = out;
        this.findings = new Findings(rules.checks());
        this.valueFormat = new ValueFormatCheck(findings);
        this.capaian = new CapaianCheck(rules.checks(), findings);
        this.absorption = new AbsorptionCheck(rules.checks(), findings);
        this.overrun = new BudgetOverrunCheck(findings);
        this.recordChecks = new RecordChecks(rules, findings);
        this.missingColumn = new MissingColumnCheck(findings);
        this.duplicates = new DuplicateCheck(findings);
        this.targetTrend = new TargetTrendCheck(new GradeOrder(rules.scales().values()), findings);
    }

    @Override
    public void startTable(TableHeader header) {
        var rows = rules.columns().rows();
        placeByCode = header.columns().has(Field.KODE);
        sums = new SumCheck(rules.budget(), placeByCode, rows.total(), rows.grandTotal(),
                rules.checks().sumTolerance(), findings, out::finding);
        inference = new LevelInference(rules.budget(), rules.checks().sumTolerance());
        belowProgramme = false;
        duplicates.startTable();
        targetTrend.startTable(header);
        out.table(header);
        missingColumn.check(header).ifPresent(out::finding);
    }

    @Override
    public void capaian(CapaianRecord record) {
        // the catalogue is searched once per record; every check takes what it found
        Optional<IndicatorCatalogue.Entry> entry = rules.indicators().entryOf(record.indikator());
        List<Finding> found = new ArrayList<>(valueFormat.check(record.location(), record.satuan(),
                recordChecks.numbers(record, entry), record.otherValues()));
        IndicatorCatalogue.Direction direction = rules.indicators().directionOf(record.indikator(), entry);
        Recomputed outcome = capaian.check(record, direction.arah(), entry
                .flatMap(IndicatorCatalogue.Entry::inverseFormula).orElse(rules.checks().inverseFormula()));
        outcome.finding().ifPresent(found::add);
        found.addAll(targetTrend.check(record, entry, direction));
        duplicates.capaian(record).ifPresent(found::add);
        Optional<BigDecimal> hitung = outcome.value().map(Numbers::twoDecimals);
        found.addAll(recordChecks.capaian(record, entry, direction, hitung));
        String predikat = hitung.flatMap(h -> rules.checks().predicateScale().grade(h)).orElse("");
        out.capaian(new CapaianResult(withSatuan(record), direction.arah(), hitung, predikat));
        found.forEach(out::finding);
    }

    /**
     * Lines below a programme that do not place themselves are held until the run ends (at most
     * {@value #MAX_RUN} lines), so that their sums can tell kegiatan from sub-kegiatan.
     */
    @Override
    public void budget(BudgetLine line) {
        Optional<BudgetLevel> own = line.total() ? Optional.of(BudgetLevel.TOTAL)
                : rules.budget().place(line, placeByCode).map(BudgetRules.Placement::level);
        if (own.isEmpty() && belowProgramme) {
            run.add(line);
            if (run.size() == MAX_RUN) {
                endRun();
            }
            return;
        }
        endRun();
        check(line, Optional.empty());
        belowProgramme = own.isPresent() && own.get() == BudgetLevel.PROGRAM;
    }

    private void endRun() {
        List<Optional<BudgetRules.Placement>> placements = inference.place(run);
        for (int i = 0; i < run.size(); i++) {
            check(run.get(i), placements.get(i));
        }
        run.clear();
        belowProgramme = false;
    }

    private void check(BudgetLine line, Optional<BudgetRules.Placement> inferred) {
        SumCheck.Placed placed = line.total() ? sums.total(line) : sums.line(line, inferred);
        List<Finding> found = new ArrayList<>(valueFormat.check(line.location(), "",
                List.of(line.pagu(), line.realisasi(), line.serapan()), line.otherValues()));
        Recomputed serapan = absorption.check(line);
        serapan.finding().ifPresent(found::add);
        overrun.check(line, placed.section()).ifPresent(found::add);
        found.addAll(recordChecks.budget(line, placed.section()));
        duplicates.budget(line, placed.level()).ifPresent(found::add);
        out.budget(new BudgetResult(line, placed.level(), placed.section(), serapan.value().map(Numbers::twoDecimals)));
        found.forEach(out::finding);
    }

    @Override
    public void rowShifted(Location row, int shift) {
        // cells moved right were found one column to the left of their headers
        String key = shift > 0 ? "shifted.left" : "shifted.right";
        out.finding(findings.of(Category.SHIFTED_ROW, "layout.shifted-row", row,
                Message.of(key, String.valueOf(row.row())), "", ""));
    }

    @Override
    public void endTable() {
        endRun();
        sums.end();
    }

    /** A record without a satuan whose target or realisasi is written as a percent gets {@code %}. */
    private static CapaianRecord withSatuan(CapaianRecord r) {
        if (!r.satuan().isEmpty() || !(isPercent(r.target()) || isPercent(r.realisasi()))) {
            return r;
        }
        return new CapaianRecord(r.location(), r.opd(), r.tahun(), r.sasaran(), r.indikator(), "%", r.target(),
                r.realisasi(), r.capaian(), r.predikat(), r.otherValues());
    }

    private static boolean isPercent(Stated s) {
        return s.value() instanceof Quantity q && q.unit() == Unit.PERCENT;
    }
}
