package id.saring.check;

import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Unit;
import id.saring.rules.IndicatorCatalogue;
import id.saring.rules.RuleSet;
import id.saring.value.RecordListener;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs every check on the records of one file, table by table, and passes on results and findings. */
public final class TableChecker implements RecordListener {

    private final RuleSet rules;
    private final ResultListener out;
    private final Findings findings;
    private final ValueFormatCheck valueFormat;
    private final CapaianCheck capaian;
    private final AbsorptionCheck absorption;
    private final BudgetOverrunCheck overrun;
    private SumCheck sums;

    public TableChecker(RuleSet rules, ResultListener out) {
        this.rules = rules;
        this.out = out;
        this.findings = new Findings(rules.checks());
        this.valueFormat = new ValueFormatCheck(findings);
        this.capaian = new CapaianCheck(rules.checks(), findings);
        this.absorption = new AbsorptionCheck(rules.checks(), findings);
        this.overrun = new BudgetOverrunCheck(findings);
    }

    @Override
    public void startTable(TableHeader header) {
        var rows = rules.columns().rows();
        sums = new SumCheck(rules.budget(), header.columns().has(Field.KODE), rows.total(), rows.grandTotal(),
                rules.checks().sumTolerance(), findings, out::finding);
        out.table(header);
    }

    @Override
    public void capaian(CapaianRecord record) {
        List<Stated> values = new ArrayList<>(List.of(record.target(), record.realisasi(), record.capaian()));
        values.addAll(record.otherValues());
        List<Finding> found = new ArrayList<>(valueFormat.check(record.location(), values));
        IndicatorCatalogue.Direction direction = rules.indicators().directionOf(record.indikator());
        Recomputed outcome = capaian.check(record, direction.arah());
        outcome.finding().ifPresent(found::add);
        Optional<BigDecimal> hitung = outcome.value().map(Numbers::twoDecimals);
        String predikat = hitung.flatMap(h -> rules.checks().predicateScale().grade(h)).orElse("");
        out.capaian(new CapaianResult(withSatuan(record), direction.arah(), hitung, predikat));
        found.forEach(out::finding);
    }

    @Override
    public void budget(BudgetLine line) {
        SumCheck.Placed placed = line.total() ? sums.total(line) : sums.line(line);
        List<Stated> values = new ArrayList<>(List.of(line.pagu(), line.realisasi(), line.serapan()));
        values.addAll(line.otherValues());
        List<Finding> found = new ArrayList<>(valueFormat.check(line.location(), values));
        Recomputed serapan = absorption.check(line);
        serapan.finding().ifPresent(found::add);
        overrun.check(line, placed.section()).ifPresent(found::add);
        out.budget(new BudgetResult(line, placed.level(), serapan.value().map(Numbers::twoDecimals)));
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
