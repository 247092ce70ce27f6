package id.saring.check;

import id.saring.layout.Words;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The same record twice in one table ({@code duplicate-record}), reported on the second, naming the first row.
 *
 * <ul>
 *   <li>An indicator: the same name under the same sasaran, names compared without case, spacing, punctuation
 *       and list numbers ({@code 1. Indeks Pembangunan Manusia} is {@code INDEKS PEMBANGUNAN MANUSIA}).</li>
 *   <li>A budget line: the same kode rekening; or, for a line without kode, the same uraian at the same level under
 *       the same parent line
 *       (and, in a table of sasaran with their programmes, the same sasaran). Sub-kegiatan names repeat under
 *       different kegiatan, and one programme serves several sasaran (seed 000 l.2827 and l.2899, Program
 *       penyuluhan pertanian under sasaran 4 and 8): those are not duplicates. Seed 000 l.2820 and l.2828 list
 *       Program penyediaan dan pengembangan sarana pertanian twice under sasaran 4, with different amounts: that
 *       one is. Totals, and lines without any amount (a heading, a note such as {@code Sama dengan sasaran ke 6}),
 *       count nothing twice and are left alone.</li>
 * </ul>
 * Only hashes of the names are kept, so a table of any length is checked in bounded memory.
 */
final class DuplicateCheck {

    /** An open line of the budget's hierarchy: its rank (lower is higher up) and its name. */
    private record Open(int rank, String name) {
    }

    private final Findings findings;
    private final RowsByKey seen = new RowsByKey();
    private final Deque<Open> open = new ArrayDeque<>();
    /** The sasaran in force from each row on where it changes, from the table's indicator rows. */
    private final TreeMap<Integer, String> sasaranFrom = new TreeMap<>();

    DuplicateCheck(Findings findings) {
        this.findings = findings;
    }

    void startTable() {
        seen.clear();
        open.clear();
        sasaranFrom.clear();
    }

    Optional<Finding> capaian(CapaianRecord record) {
        String sasaran = Words.normaliseName(record.sasaran());
        Map.Entry<Integer, String> before = sasaranFrom.floorEntry(record.location().row());
        if (before == null || !before.getValue().equals(sasaran)) {
            sasaranFrom.put(record.location().row(), sasaran);
        }
        String name = Words.normaliseName(record.indikator());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        RowsByKey.Seen first = seen.putIfAbsent("indikator\u0000" + sasaran + '\u0000' + name,
                record.location().row(), figures(record.target(), record.realisasi()));
        return Optional.ofNullable(first).map(f -> finding(record.location(), record.indikator(),
                Message.of("duplicate.indicator", record.indikator(), row(record.location()), String.valueOf(f.row()),
                        same(f, record.target(), record.realisasi()))));
    }

    Optional<Finding> budget(BudgetLine line, BudgetLevel level) {
        if (line.total()) {
            return Optional.empty();
        }
        String name = Words.normaliseName(line.uraian());
        int rank = rank(level);
        while (!open.isEmpty() && open.peek().rank() >= rank) {
            open.pop();
        }
        String parent = open.isEmpty() ? "" : open.peek().name();
        open.push(new Open(rank, name));
        boolean counted = Numbers.amount(line.pagu()).isPresent() || Numbers.amount(line.realisasi()).isPresent();
        if (!counted) {
            return Optional.empty();
        }
        int row = line.location().row();
        long figures = figures(line.pagu(), line.realisasi());
        String kode = Words.WHITESPACE.matcher(line.kode()).replaceAll("");
        if (!kode.isEmpty()) {
            // a line's kode rekening names it: two lines of one name under different kode are two agencies' or two
            // programmes' own lines (a consolidated budget repeats Penyediaan Gaji dan Tunjangan ASN under every
            // OPD's Program Penunjang), not one line twice
            RowsByKey.Seen first = seen.putIfAbsent("kode\u0000" + kode, row, figures);
            return Optional.ofNullable(first).map(f -> finding(line.location(), line.kode(),
                    Message.of("duplicate.code", line.kode(), line.uraian(), row(line.location()),
                            String.valueOf(f.row()), same(f, line.pagu(), line.realisasi()))));
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Integer, String> sasaran = sasaranFrom.floorEntry(row);
        String key = "uraian\u0000" + (sasaran == null ? "" : sasaran.getValue()) + '\u0000' + parent + '\u0000'
                + level.name() + '\u0000' + name;
        RowsByKey.Seen first = seen.putIfAbsent(key, row, figures);
        return Optional.ofNullable(first).map(f -> finding(line.location(), line.uraian(),
                Message.of("duplicate.budget", line.uraian(), row(line.location()), String.valueOf(f.row()),
                        same(f, line.pagu(), line.realisasi()))));
    }

    /** A programme holds kegiatan, a kegiatan sub-kegiatan; account lines sit below the groups that hold them. */
    private static int rank(BudgetLevel level) {
        return switch (level) {
            case TOTAL -> 0;
            case PROGRAM -> 1;
            case KEGIATAN -> 2;
            case SUB_KEGIATAN -> 3;
            case JENIS_BELANJA -> 4;
            case UNKNOWN -> 5;
        };
    }

    private Finding finding(Location row, String shown, Message message) {
        return findings.of(Category.DUPLICATE_RECORD, "table.duplicate-record", row, message, shown, "");
    }

    private static String row(Location location) {
        return String.valueOf(location.row());
    }

    /** Whether the second row states the same figures as the first: a row copied twice, or two versions. */
    private static Message same(RowsByKey.Seen first, Stated a, Stated b) {
        return Message.of(first.figures() == figures(a, b) ? "duplicate.same" : "duplicate.different");
    }

    private static long figures(Stated a, Stated b) {
        return RowsByKey.hash(figure(a.value()) + '\u0000' + figure(b.value()));
    }

    /** A value as a text in which 100 and 100,00 are the same. */
    private static String figure(Value value) {
        if (value instanceof Quantity q) {
            return q.amount().stripTrailingZeros().toPlainString();
        }
        if (value instanceof Grade g) {
            return g.label().toUpperCase(Locale.ROOT) + g.score().map(s -> " " + s.stripTrailingZeros()).orElse("");
        }
        return value.toString();
    }
}
