package id.saring.check;

import id.saring.layout.Words;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.rules.BudgetRules;
import id.saring.rules.BudgetRules.Placement;
import id.saring.rules.BudgetRules.Section;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Totals and group lines against the lines they group ({@code sum-mismatch}), for one table as its lines
 * stream past.
 *
 * <p>Each line is placed in the budget's hierarchy ({@code rules/budget.yaml}): by kode rekening, by separate
 * programme/kegiatan/sub-kegiatan columns, by its leading words, by the sums of its neighbours
 * ({@link LevelInference}), or below or beside the line above it. A group
 * is checked when the next line of its rank or higher closes it: its stated amount must equal the sum of its
 * parts. A {@code JUMLAH X} row is checked against the parts of group {@code X} (matched by name, else the
 * innermost open group); a bare {@code Jumlah}/{@code Total} against the top-level lines since the last one.
 *
 * <p>A parent is not reported when its amount agrees with its parts as they should have been: when a
 * subtotal below it is itself wrong, the error is reported once, where it is.
 *
 * <p>Only the open groups are held, so memory does not grow with the table.
 */
final class SumCheck {

    /** Where a line was placed: its level and the section it belongs to. */
    record Placed(BudgetLevel level, Optional<Section> section) {
    }

    private static final int FIRST_UNPLACED_RANK = 99;
    private static final int PAGU = 0;
    private static final int REALISASI = 1;
    private static final Set<String> GRAND_WORDS = Set.of("total", "keseluruhan", "seluruhnya", "semua");

    /** An open group: a line and the sums of the lines below it. */
    private static final class Node {
        final BudgetLine line;
        final int rank;
        final Optional<Section> section;
        final boolean net;
        final String name;
        final BigDecimal[] stated = {BigDecimal.ZERO, BigDecimal.ZERO};
        final BigDecimal[] computed = {BigDecimal.ZERO, BigDecimal.ZERO};
        final boolean[] has = new boolean[2];
        int parts;

        Node(BudgetLine line, int rank, Optional<Section> section, boolean net) {
            this.line = line;
            this.rank = rank;
            this.section = section;
            this.net = net;
            this.name = Words.normaliseName(line.uraian());
        }
    }

    private final BudgetRules rules;
    private final boolean placeByCode;
    private final List<String> totalWords;
    private final List<String> grandTotalWords;
    private final BigDecimal tolerance;
    private final Findings findings;
    private final Consumer<Finding> out;

    private final Deque<Node> open = new ArrayDeque<>();
    private Node root = rootNode();
    private int lastRank = -1;
    private BudgetLevel lastLevel = BudgetLevel.UNKNOWN;
    /** The last line did not place itself: an unplaced line below it is its sibling. */
    private boolean lastUnplaced;

    /**
     * @param placeByCode     the table has a kode rekening column
     * @param totalWords      normalised total words ({@code jumlah}, {@code total})
     * @param grandTotalWords normalised labels of whole-table totals ({@code jumlah total})
     */
    SumCheck(BudgetRules rules, boolean placeByCode, List<String> totalWords, List<String> grandTotalWords,
            BigDecimal tolerance, Findings findings, Consumer<Finding> out) {
        this.rules = rules;
        this.placeByCode = placeByCode;
        this.totalWords = totalWords;
        this.grandTotalWords = grandTotalWords;
        this.tolerance = tolerance;
        this.findings = findings;
        this.out = out;
    }

    /**
     * Places a line that is not a total row and opens it as a possible group.
     *
     * @param inferred the line's placement when the line does not place itself but its neighbours do
     *                 ({@link LevelInference})
     */
    Placed line(BudgetLine line, Optional<Placement> inferred) {
        Node above = open.peek();
        // an LRA group with one part repeats its name: BELANJA TIDAK TERDUGA over Belanja Tidak Terduga
        boolean solePart = above != null && above.parts == 0 && !above.name.isEmpty()
                && above.name.equals(Words.normaliseName(line.uraian()));
        Optional<Placement> own = solePart ? Optional.empty() : rules.place(line, placeByCode);
        Optional<Placement> placement = solePart || own.isPresent() ? own
                : inferred.or(() -> lastUnplaced ? Optional.empty() : rules.childOf(lastLevel));
        int rank;
        if (placement.isPresent()) {
            rank = placement.get().rank();
        } else if (lastRank < 0) {
            rank = FIRST_UNPLACED_RANK;
        } else {
            rank = lastUnplaced && !solePart ? lastRank : lastRank + 1;
        }
        while (!open.isEmpty() && open.peek().rank >= rank) {
            close(open.pop());
        }
        Optional<Section> section = placement.flatMap(Placement::section).or(this::openSection);
        BudgetLevel level;
        if (placement.isPresent()) {
            level = placement.get().level();
        } else {
            level = lastUnplaced && !solePart ? lastLevel : rules.detailLevel(section);
        }
        open.push(new Node(line, rank, section, placement.map(Placement::net).orElse(false)));
        lastRank = rank;
        lastLevel = level;
        lastUnplaced = own.isEmpty();
        return new Placed(level, section);
    }

    /** Checks a {@code Jumlah}/{@code Total} row against the lines it totals. */
    Placed total(BudgetLine line) {
        String label = Words.normaliseName(line.uraian());
        String rest = withoutTotalWord(label);
        Optional<Section> section = openSection();
        Node group = grandTotalWords.contains(label) || rest.isEmpty() || GRAND_WORDS.contains(rest)
                ? null : group(rest);
        if (group == null) {
            while (!open.isEmpty()) {
                close(open.pop());
            }
            compare(line, root, "sum.total");
            root = rootNode();
        } else {
            while (open.peek() != group) {
                close(open.pop());
            }
            section = group.section;
            compare(line, group, "sum.total");
            close(open.pop());
        }
        return new Placed(BudgetLevel.TOTAL, section);
    }

    /** Closes every open group at the end of the table. */
    void end() {
        while (!open.isEmpty()) {
            close(open.pop());
        }
    }

    private Optional<Section> openSection() {
        return open.stream().map(n -> n.section).flatMap(Optional::stream).findFirst();
    }

    /**
     * The open group a {@code JUMLAH X} row closes: X by name, else the innermost group with parts; none when
     * no group has parts yet.
     */
    private Node group(String name) {
        List<String> words = Arrays.asList(name.split(" "));
        for (Node n : open) {
            if (n.name.equals(name)) {
                return n;
            }
        }
        for (Node n : open) {
            List<String> own = Arrays.asList(n.name.split(" "));
            if (!n.name.isEmpty() && (own.containsAll(words) || words.containsAll(own))) {
                return n;
            }
        }
        boolean top = true;
        for (Node n : open) {
            if (n.parts > 0 || !top) {
                return n; // below the top every open line has an open part: the line above it
            }
            top = false;
        }
        return null; // nothing grouped yet: it totals the table
    }

    private String withoutTotalWord(String label) {
        for (String w : totalWords) {
            if (Words.startsWithPhrase(label, w)) {
                return label.substring(w.length()).strip();
            }
        }
        return label;
    }

    private void close(Node node) {
        if (node.parts > 0 && !node.net) {
            compare(node.line, node, "sum.group");
        }
        Node parent = open.isEmpty() ? root : open.peek();
        for (int i = PAGU; i <= REALISASI; i++) {
            Optional<BigDecimal> own = amount(node.line, i);
            boolean hasParts = node.parts > 0 && node.has[i];
            Optional<BigDecimal> stated = own.isPresent() ? own
                    : hasParts ? Optional.of(node.stated[i]) : Optional.empty();
            Optional<BigDecimal> computed = hasParts ? Optional.of(node.computed[i]) : own;
            if (stated.isPresent()) {
                parent.stated[i] = parent.stated[i].add(stated.get());
                parent.computed[i] = parent.computed[i].add(computed.orElse(stated.get()));
                parent.has[i] = true;
            }
        }
        parent.parts++;
    }

    /** Reports each amount of {@code line} that equals neither the stated nor the corrected sum of the parts. */
    private void compare(BudgetLine line, Node parts, String messageKey) {
        if (parts.parts == 0) {
            return;
        }
        for (int i = PAGU; i <= REALISASI; i++) {
            Optional<BigDecimal> own = amount(line, i);
            if (own.isEmpty() || !parts.has[i] || !differs(own.get(), parts.stated[i])
                    || !differs(own.get(), parts.computed[i])) {
                continue;
            }
            Stated cell = i == PAGU ? line.pagu() : line.realisasi();
            Location at = line.location().withColumn(cell.column());
            BigDecimal sum = parts.stated[i];
            out.accept(findings.of(Category.SUM_MISMATCH, "sum.parts", at,
                    Message.of(messageKey, Message.of(i == PAGU ? "column.pagu" : "column.realisasi"), at.cell(),
                            own.get(), parts.parts, sum, own.get().subtract(sum)),
                    cell.shown(), Findings.plain(sum)));
        }
    }

    private boolean differs(BigDecimal a, BigDecimal b) {
        return Numbers.twoDecimals(a).subtract(Numbers.twoDecimals(b)).abs().compareTo(tolerance) > 0;
    }

    private static Optional<BigDecimal> amount(BudgetLine line, int column) {
        return Numbers.amount(column == PAGU ? line.pagu() : line.realisasi());
    }

    private static Node rootNode() {
        return new Node(new BudgetLine(new Location("", "", 0, -1), "", "", BudgetLevel.UNKNOWN, "", "", false,
                Stated.absent(), Stated.absent(), Stated.absent(), List.of()), 0, Optional.empty(), false);
    }
}
