package id.saring.check;

import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Message;
import id.saring.rules.IndicatorCatalogue.Direction;
import id.saring.rules.IndicatorCatalogue.Source;
import java.util.Optional;

/**
 * An indicator that neither the catalogue nor a keyword of its name knows ({@code unknown-indicator}): its
 * direction is the rules' default, and the record says so once, on its row. Only records of tables with a
 * target and a realisasi column, whose capaian is computed with that direction, are noted: a Perjanjian Kinerja
 * of targets only or a quarterly capaian table uses none.
 */
final class UnknownIndicatorCheck {

    private final Findings findings;

    UnknownIndicatorCheck(Findings findings) {
        this.findings = findings;
    }

    Optional<Finding> check(CapaianRecord record, Direction direction) {
        if (direction.source() != Source.DEFAULT || record.indikator().isBlank()
                || record.target().column() < 0 || record.realisasi().column() < 0) {
            return Optional.empty();
        }
        String name = record.indikator().strip();
        return Optional.of(findings.of(Category.UNKNOWN_INDICATOR, "indicator.unknown", record.location(),
                Message.of("indicator.unknown", name, Message.of("arah." + direction.arah().code())), name, ""));
    }
}
