package id.saring.report;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.model.Location;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.model.Value.Band;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import id.saring.report.TableSheet.Column;
import id.saring.report.TableSheet.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The columns of the cleaned capaian records and budget lines in the workbooks for people: the fields of
 * {@code capaian.csv} and {@code anggaran.csv}, with numbers as numeric cells (a figure at the precision the input
 * states it, money in rupiah, a capaian or absorption as a percent) and headers in the user's language.
 */
final class RecordColumns {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final MessageCatalog messages;
    private final RecordStatus status;

    RecordColumns(MessageCatalog messages, RecordStatus status) {
        this.messages = messages;
        this.status = status;
    }

    List<Column<CapaianResult>> capaian() {
        List<Column<CapaianResult>> columns = new ArrayList<>(source(c -> c.record().location()));
        columns.addAll(List.of(
                column("opd", Kind.TEXT, c -> c.record().opd()),
                column("tahun", Kind.WHOLE, c -> year(c.record().tahun())),
                column("sasaran", Kind.TEXT, c -> c.record().sasaran()),
                column("indikator", Kind.TEXT, c -> c.record().indikator()),
                column("satuan", Kind.TEXT, c -> c.record().satuan()),
                column("arah", Kind.TEXT, c -> c.arah().code()),
                column("target", Kind.NUMBER, c -> figure(c.record().target())),
                column("realisasi", Kind.NUMBER, c -> figure(c.record().realisasi())),
                column("capaian-tertulis", Kind.PERCENT, c -> shown(c.record().capaian())),
                column("capaian-hitung", Kind.PERCENT, c -> c.capaianHitung().orElse(null)),
                column("predikat", Kind.TEXT, CapaianResult::predikat),
                column("status", Kind.TEXT, c -> status.of(c.record())),
                column("target-skor", Kind.NUMBER, c -> score(c.record().target())),
                column("realisasi-skor", Kind.NUMBER, c -> score(c.record().realisasi()))));
        return columns;
    }

    List<Column<BudgetResult>> budget() {
        List<Column<BudgetResult>> columns = new ArrayList<>(source(b -> b.line().location()));
        columns.addAll(List.of(
                column("opd", Kind.TEXT, b -> b.line().opd()),
                column("tahun", Kind.WHOLE, b -> year(b.line().tahun())),
                column("level", Kind.TEXT, b -> b.level().code()),
                column("kode", Kind.TEXT, b -> b.line().kode()),
                column("uraian", Kind.TEXT, b -> b.line().uraian()),
                column("pagu", Kind.RUPIAH, b -> amount(b.line().pagu())),
                column("realisasi-anggaran", Kind.RUPIAH, b -> amount(b.line().realisasi())),
                column("serapan-tertulis", Kind.PERCENT, b -> shown(b.line().serapan())),
                column("serapan-hitung", Kind.PERCENT, b -> b.serapanHitung().orElse(null)),
                column("status", Kind.TEXT, b -> status.of(b.line()))));
        return columns;
    }

    /** The file, sheet and row a record comes from. */
    private <T> List<Column<T>> source(Function<T, Location> location) {
        return List.of(
                column("file", Kind.TEXT, t -> location.apply(t).file()),
                column("sheet", Kind.TEXT, t -> location.apply(t).sheet()),
                column("row", Kind.WHOLE, t -> location.apply(t).row()));
    }

    <T> Column<T> column(String key, Kind kind, Function<T, Object> value) {
        return new Column<>(messages.render("workbook.column." + key), kind, value);
    }

    /** A year as a number; a tahun that is no plain year ({@code 2022-2026}) stays text. */
    private static Object year(String tahun) {
        return YEAR.matcher(tahun).matches() ? Integer.valueOf(tahun) : tahun;
    }

    /** A figure at the precision the cell shows it; a grade as its label; a band as written. */
    private static Object figure(Stated stated) {
        Value v = stated.value();
        if (v instanceof Quantity q) {
            return q.shown();
        }
        if (v instanceof Grade g) {
            return g.label();
        }
        if (v instanceof Band) {
            return stated.shown().strip();
        }
        return null;
    }

    private static BigDecimal shown(Stated stated) {
        return stated.value() instanceof Quantity q ? q.shown() : null;
    }

    private static BigDecimal amount(Stated stated) {
        return stated.value() instanceof Quantity q ? q.amount() : null;
    }

    private static BigDecimal score(Stated stated) {
        return stated.value() instanceof Grade g ? g.score().orElse(null) : null;
    }
}
