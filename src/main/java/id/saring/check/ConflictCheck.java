package id.saring.check;

import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.layout.Words;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.model.Value.Band;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Unit;
import id.saring.rules.CheckSettings;
import id.saring.rules.IndicatorCatalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The same indicator of the same agency and year stated with different targets or realisasi in different tables,
 * sheets or files ({@code conflicting-value}); seed 000 gives IPM 2023 as 70,24 in its table of macro indicators
 * (l.1009) and as 72,33 in its IKU tables (l.1962, l.2000).
 *
 * <p>Every target and realisasi a table states is compared, of the table's year and of the other years its columns
 * name ({@code Tahun 2022 Realisasi}; a Renstra's {@code 2023} target column, 004 l.669, against the IKU's 2023
 * target, l.916). Names are matched by {@link IndicatorIdentity}, agencies by {@link AgencyName}. Figures are
 * compared as numbers, at the precision of the less precise one ({@code 79,4} is {@code 79,35} rounded, 003 l.867
 * and l.564), in rupiah where a satuan gives the magnitude ({@code Rp. 10,95} under satuan {@code Juta} is
 * {@code Rp.10,95 juta}, 000 l.2117 and l.1966); grades by their label, bands by their bounds. A blank, a word no
 * scale knows or a number read two ways is compared with nothing.
 *
 * <p>A conflict is reported on each place, naming the others, with each place's own settings: the severity of its
 * file's profile, and nothing when that profile turns the check off.
 */
public final class ConflictCheck {

    /** One capaian record with the table it was read from and the settings of its file. */
    public record Place(CapaianResult result, TableHeader table, CheckSettings settings) {
    }

    /** One figure a place states: the target or realisasi of one year. */
    private record Statement(Place place, Field field, String year, Stated stated, Object shown,
            Object comparable, AgencyName agency) {
    }

    /**
     * A number at the precision it was written: {@code decimals} may be negative for an amount in millions.
     *
     * @param scaled true when the satuan gave the magnitude, not the cell
     */
    private record Amount(BigDecimal value, int decimals, boolean scaled) {
    }

    private static final int MOST_PLACES_NAMED = 4;
    private static final Pattern MAGNITUDE = Pattern.compile("(?i)\\b(ribu|rb|juta|jt|miliar|milyar|triliun)\\b");

    private final IndicatorIdentity identity;

    public ConflictCheck(IndicatorCatalogue catalogue) {
        this.identity = new IndicatorIdentity(catalogue);
    }

    /** The findings on every place whose figures differ from another's; places in input order. */
    public List<Finding> check(List<Place> places) {
        Map<String, String> groupOfName = groups(places);
        Map<TableHeader, ColumnYears> years = new IdentityHashMap<>();
        Map<String, AgencyName> agencies = new HashMap<>();
        Map<String, List<Statement>> byKey = new LinkedHashMap<>();
        for (Place place : places) {
            String name = IndicatorIdentity.normalised(place.result().record().indikator());
            if (name.isEmpty()) {
                continue;
            }
            AgencyName agency = agencies.computeIfAbsent(place.result().record().opd(), AgencyName::new);
            for (Statement s : statements(place, agency, years.computeIfAbsent(place.table(), ColumnYears::new))) {
                byKey.computeIfAbsent(groupOfName.get(name) + '\u0000' + s.field() + '\u0000' + s.year(),
                        k -> new ArrayList<>()).add(s);
            }
        }
        List<Finding> found = new ArrayList<>();
        for (List<Statement> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            AgencyIndex sameAgency = new AgencyIndex();
            for (int i = 0; i < group.size(); i++) {
                sameAgency.add(i, group.get(i).agency());
            }
            for (Statement s : group) {
                if (!s.place().settings().enabled(Category.CONFLICTING_VALUE)) {
                    continue;
                }
                List<Statement> others = new ArrayList<>();
                for (int i : sameAgency.mayBeSameAs(s.agency())) {
                    if (differs(s, group.get(i))) {
                        others.add(group.get(i));
                    }
                }
                if (!others.isEmpty()) {
                    found.add(finding(s, others));
                }
            }
        }
        return found;
    }

    /** Each distinct name with the name standing for all names of the same indicator. */
    private Map<String, String> groups(List<Place> places) {
        List<String> names = places.stream().map(p -> IndicatorIdentity.normalised(p.result().record().indikator()))
                .filter(n -> !n.isEmpty()).distinct().toList();
        Map<String, String> parent = new HashMap<>();
        Map<String, String> byEntry = new HashMap<>();
        Map<String, String> byLetters = new HashMap<>();
        Map<Integer, List<String>> byWordCount = new HashMap<>();
        for (String name : names) {
            parent.put(name, name);
            identity.entryOf(name).ifPresent(entry -> {
                String first = byEntry.putIfAbsent(entry, name);
                if (first != null) {
                    union(parent, first, name);
                }
            });
            // a word split in two or run together: "pdrb perkapita", "pdrb per kapita"
            String first = byLetters.putIfAbsent(name.replace(" ", ""), name);
            if (first != null) {
                union(parent, first, name);
            }
            byWordCount.computeIfAbsent(name.split(" ").length, k -> new ArrayList<>()).add(name);
        }
        // typos keep the words and change a name's length by two letters at most
        for (List<String> bucket : byWordCount.values()) {
            bucket.sort(Comparator.comparingInt(String::length));
            for (int i = 0; i < bucket.size(); i++) {
                String a = bucket.get(i);
                for (int j = i + 1; j < bucket.size() && bucket.get(j).length() - a.length() <= 2; j++) {
                    if (identity.typoOf(a, bucket.get(j))) {
                        union(parent, a, bucket.get(j));
                    }
                }
            }
        }
        Map<String, String> group = new HashMap<>();
        names.forEach(n -> group.put(n, find(parent, n)));
        return group;
    }

    private static String find(Map<String, String> parent, String name) {
        String root = name;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(name, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** The targets and realisasi of a place, one per field and year: the table's own columns first. */
    private static List<Statement> statements(Place place, AgencyName agency, ColumnYears years) {
        CapaianRecord record = place.result().record();
        int exponent = magnitude(record.satuan());
        Map<String, Statement> byFieldYear = new LinkedHashMap<>();
        List<Map.Entry<Field, Stated>> cells = new ArrayList<>();
        cells.add(Map.entry(Field.TARGET, record.target()));
        cells.add(Map.entry(Field.REALISASI, record.realisasi()));
        for (Stated other : record.otherValues()) {
            years.field(other.column()).filter(f -> f == Field.TARGET || f == Field.REALISASI)
                    .ifPresent(f -> cells.add(Map.entry(f, other)));
        }
        for (Map.Entry<Field, Stated> cell : cells) {
            Stated stated = cell.getValue();
            if (stated.column() < 0) {
                continue;
            }
            Optional<String> year = years.year(stated.column());
            Object comparable = comparable(stated, exponent);
            Object shown = comparable instanceof Amount a && a.scaled()
                    ? Message.of("conflict.scaled", stated.shown(), record.satuan()) : stated.shown();
            if (year.isEmpty() || comparable == null) {
                continue;
            }
            byFieldYear.putIfAbsent(cell.getKey() + "\u0000" + year.get(),
                    new Statement(place, cell.getKey(), year.get(), stated, shown, comparable, agency));
        }
        return List.copyOf(byFieldYear.values());
    }

    /** The form a figure is compared in: an {@link Amount}, a grade's label, a band's bounds; null for none. */
    private static Object comparable(Stated stated, int exponent) {
        Value v = stated.value();
        if (v instanceof Quantity q) {
            boolean scaled = exponent > 0 && q.unit() != Unit.PERCENT && !MAGNITUDE.matcher(stated.shown()).find();
            return scaled ? new Amount(q.amount().movePointRight(exponent), q.decimals() - exponent, true)
                    : new Amount(q.amount(), q.decimals(), false);
        }
        if (v instanceof Grade g) {
            return g.label().toUpperCase(Locale.ROOT);
        }
        if (v instanceof Band b) {
            return List.of(b.low().stripTrailingZeros(), b.high().stripTrailingZeros());
        }
        return null;
    }

    /**
     * The power of ten a satuan states its figures in: {@code Juta}, {@code Juta Rupiah} 6, {@code Ribu} 3; 0 for
     * others. The number parser reads the same words after a number ({@code Rp.10,95 juta}).
     */
    private static int magnitude(String satuan) {
        var m = MAGNITUDE.matcher(Words.normalise(satuan));
        if (!m.find()) {
            return 0;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "ribu", "rb" -> 3;
            case "juta", "jt" -> 6;
            case "miliar", "milyar" -> 9;
            default -> 12;
        };
    }

    /** True when {@code o} is another table's figure for the same agency that disagrees with {@code s}'s. */
    private static boolean differs(Statement s, Statement o) {
        if (!s.agency().sameAs(o.agency()) || sameTable(s.place().table(), o.place().table())) {
            return false;
        }
        Object a = s.comparable();
        Object b = o.comparable();
        if (a instanceof Amount x && b instanceof Amount y) {
            return !agree(x, y);
        }
        return a.getClass() == b.getClass() && !a.equals(b);
    }

    private static boolean sameTable(TableHeader a, TableHeader b) {
        return a.file().equals(b.file()) && a.sheet().equals(b.sheet()) && a.headerFirstRow() == b.headerFirstRow();
    }

    /**
     * Equal, or the more precise figure truncated or rounded to the other's decimals gives the other: a table that
     * copies 79,35 as 79,4 agrees with it.
     */
    private static boolean agree(Amount a, Amount b) {
        if (a.value().compareTo(b.value()) == 0) {
            return true;
        }
        Amount precise = a.decimals() >= b.decimals() ? a : b;
        Amount rough = precise == a ? b : a;
        BigDecimal rounded = precise.value().setScale(rough.decimals(), RoundingMode.HALF_UP);
        BigDecimal truncated = precise.value().setScale(rough.decimals(), RoundingMode.DOWN);
        return rounded.compareTo(rough.value()) == 0 || truncated.compareTo(rough.value()) == 0;
    }

    private static Finding finding(Statement s, List<Statement> others) {
        CapaianRecord record = s.place().result().record();
        Location at = record.location().withColumn(s.stated().column());
        List<Message> named = new ArrayList<>();
        for (Statement o : others.subList(0, Math.min(others.size(), MOST_PLACES_NAMED))) {
            named.add(Message.of("conflict.other", o.shown(), place(o)));
        }
        if (others.size() > MOST_PLACES_NAMED) {
            named.add(Message.of("conflict.more", others.size() - MOST_PLACES_NAMED));
        }
        Message elsewhere = named.get(0);
        for (Message m : named.subList(1, named.size())) {
            elsewhere = Message.of("list.semicolon", elsewhere, m);
        }
        Set<Object> values = new HashSet<>();
        others.forEach(o -> values.add(o.comparable() instanceof Amount x
                ? x.value().stripTrailingZeros() : o.comparable()));
        String expected = values.size() == 1 ? expected(others.get(0)) : "";
        String field = s.field() == Field.TARGET ? "column.target" : "column.realisasi";
        return new Finding(at, Category.CONFLICTING_VALUE, "indicator.conflicting-value",
                s.place().settings().severity(Category.CONFLICTING_VALUE),
                Message.of("conflict.value", Message.of(field), record.indikator(), s.year(), s.shown(), at.cell(),
                        elsewhere),
                s.stated().shown(), expected);
    }

    /** The other place's figure as a machine value: a plain number in units, a grade's label. */
    private static String expected(Statement o) {
        Object c = o.comparable();
        if (c instanceof Amount a) {
            BigDecimal v = a.value().stripTrailingZeros();
            return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        }
        return o.stated().value() instanceof Grade g ? g.label() : o.stated().shown();
    }

    /** {@code iku-2023.xlsx (lembar IKU 2023, sel E5)}; a CSV file has no sheet. */
    private static Message place(Statement o) {
        Location l = o.place().result().record().location().withColumn(o.stated().column());
        return l.sheet().isEmpty() ? Message.of("place.file", l.file(), l.cell())
                : Message.of("place.sheet", l.file(), l.sheet(), l.cell());
    }
}
