package id.saring.check;

import id.saring.model.CapaianRecord;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Unit;
import id.saring.rules.IndicatorCatalogue;
import id.saring.rules.ValueRules;
import id.saring.rules.ValueRules.UnitKind;
import java.util.Optional;

/**
 * The unit an indicator's target and realisasi are stated in: its row's satuan, else its catalogue entry's.
 *
 * @param satuan    the satuan as written, empty when neither the row nor the catalogue gives one
 * @param kind      the kind of unit it names, empty when the rules do not list it
 * @param asCatalogue false when the row states its figures in another kind of unit than the catalogue entry
 *                    (villages counted under an indicator the catalogue keeps as a percent): the entry's limits
 *                    are then not the figures' limits
 */
record IndicatorUnit(String satuan, Optional<UnitKind> kind, boolean asCatalogue) {

    static IndicatorUnit of(CapaianRecord record, Optional<IndicatorCatalogue.Entry> entry, ValueRules values) {
        String own = record.satuan().strip();
        String satuan = own.isEmpty() ? entry.map(IndicatorCatalogue.Entry::satuan).orElse("") : own;
        Optional<UnitKind> entryKind = entry.flatMap(e -> values.kindOf(e.satuan()));
        boolean asCatalogue = own.isEmpty() || entryKind.isEmpty() || entryKind.equals(values.kindOf(own));
        return new IndicatorUnit(satuan, values.kindOf(satuan), asCatalogue);
    }

    /** True for a quantity written with a percent sign, or a plain number of a percent unit. */
    boolean isPercent(Quantity q) {
        return q.unit() == Unit.PERCENT || q.unit() == Unit.PLAIN && kind.equals(Optional.of(UnitKind.PERCENT));
    }

    /** True for a percent, or a plain number of an indicator whose unit is a percent or not known. */
    boolean mayBePercent(Quantity q) {
        return q.unit() == Unit.PERCENT
                || q.unit() == Unit.PLAIN && (kind.isEmpty() || kind.get() == UnitKind.PERCENT);
    }
}
