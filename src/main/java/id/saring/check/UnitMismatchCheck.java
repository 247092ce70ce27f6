package id.saring.check;

import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Quantity;
import id.saring.rules.ValueRules;
import id.saring.rules.ValueRules.UnitKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A target or realisasi whose form contradicts its indicator's unit ({@code unit-mismatch}). The unit is the
 * row's satuan, else the catalogue entry's; its kind comes from {@code values.units} of the rules.
 *
 * <ul>
 *   <li>a percent for a count, money or years;</li>
 *   <li>rupiah for anything but money (a percent, an index);</li>
 *   <li>a count whose word is of another kind ({@code 18 Orang} under satuan {@code %});</li>
 *   <li>a percent far above any share or growth rate ({@code values.percent_ceiling}): seed 000 l.1818 states
 *       "Tingkat Produktivitas Tenaga Kerja" as 52.228.235,9 / 44.581 × 100 % = 117.153,58 %, rupiah per
 *       worker written as a percent.</li>
 * </ul>
 * A value whose unit or form the rules do not know (a plain number, satuan {@code Kategori}) is not checked.
 */
final class UnitMismatchCheck {

    private static final Set<UnitKind> NO_PERCENT = EnumSet.of(UnitKind.COUNT, UnitKind.MONEY, UnitKind.YEARS);

    private final Findings findings;
    private final ValueRules values;

    UnitMismatchCheck(Findings findings, ValueRules values) {
        this.findings = findings;
        this.values = values;
    }

    List<Finding> check(CapaianRecord record, IndicatorUnit unit) {
        List<Finding> found = new ArrayList<>();
        for (Stated s : List.of(record.target(), record.realisasi())) {
            finding(record.location(), s, unit).ifPresent(found::add);
        }
        return found;
    }

    /** True when this check reports {@code s}: its form contradicts the unit, or it is too large for a percent. */
    boolean reports(Stated s, IndicatorUnit unit) {
        return finding(Location.ofFile(""), s, unit).isPresent();
    }

    private Optional<Finding> finding(Location row, Stated s, IndicatorUnit unit) {
        if (!(s.value() instanceof Quantity q)) {
            return Optional.empty();
        }
        Location at = row.withColumn(s.column());
        Optional<UnitKind> written = formOf(q);
        if (written.isPresent() && unit.kind().isPresent() && contradicts(written.get(), unit.kind().get())) {
            return Optional.of(findings.of(Category.UNIT_MISMATCH, "value.unit", at,
                    Message.of("unit.mismatch", s.shown(), at.cell(), kind(written.get()), unit.satuan(),
                            kind(unit.kind().get())),
                    s.shown(), unit.satuan()));
        }
        if (unit.isPercent(q) && values.percentCeiling().filter(c -> q.amount().compareTo(c) > 0).isPresent()) {
            return Optional.of(findings.of(Category.UNIT_MISMATCH, "value.unit", at,
                    Message.of("unit.percent-ceiling", s.shown(), at.cell(), q.amount(),
                            values.percentCeiling().orElseThrow()),
                    s.shown(), ""));
        }
        return Optional.empty();
    }

    /** The kind of unit a value's own form names: a percent sign, rupiah, or a count's word. */
    private Optional<UnitKind> formOf(Quantity q) {
        return switch (q.unit()) {
            case PERCENT -> Optional.of(UnitKind.PERCENT);
            case RUPIAH -> Optional.of(UnitKind.MONEY);
            case COUNT -> values.kindOf(q.unitWord());
            case PLAIN -> Optional.empty();
        };
    }

    private static boolean contradicts(UnitKind written, UnitKind unit) {
        if (written == unit) {
            return false;
        }
        // an index or score written as a percent (IKM 88 %, Nilai SAKIP 80 %) is common and harmless
        return written != UnitKind.PERCENT || NO_PERCENT.contains(unit);
    }

    private static Message kind(UnitKind kind) {
        return Message.of("unit.kind." + kind.name().toLowerCase(Locale.ROOT));
    }
}
