package id.saring.check;

import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.rules.BudgetRules;
import id.saring.rules.BudgetRules.Placement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kegiatan and sub-kegiatan in a budget that names neither: rule 4 of {@code rules/budget.yaml}.
 *
 * <p>Kecamatan reports list a programme and then its kegiatan and sub-kegiatan without codes or leading words
 * ({@code Administrasi Keuangan Perangkat Daerah 1.523.620.340} over {@code Penyediaan Gaji dan Tunjangan ASN
 * 1.488.622.040} and {@code Pelaksanaan Penatausahaan ... 34.998.300}). Within such a run of lines, a line whose
 * amounts equal the sum of the fewest lines right below it is a kegiatan and those lines its sub-kegiatan; a
 * line that no lines below add up to is a kegiatan without sub-kegiatan.
 */
final class LevelInference {

    private static final int PAGU = 0;
    private static final int REALISASI = 1;

    private final Optional<Placement> kegiatan;
    private final Optional<Placement> subKegiatan;
    private final BigDecimal tolerance;

    LevelInference(BudgetRules rules, BigDecimal tolerance) {
        this.kegiatan = rules.byLevel(BudgetLevel.KEGIATAN);
        this.subKegiatan = rules.byLevel(BudgetLevel.SUB_KEGIATAN);
        this.tolerance = tolerance;
    }

    /**
     * The placement of each line of a run of lines right below a programme, none of which places itself.
     *
     * @return one placement per line, in order; empty ones when the rules know no kegiatan level
     */
    List<Optional<Placement>> place(List<BudgetLine> run) {
        List<Optional<Placement>> placements = new ArrayList<>(run.size());
        int i = 0;
        while (i < run.size()) {
            int parts = partsOf(run, i);
            placements.add(kegiatan);
            for (int p = 1; p <= parts; p++) {
                placements.add(subKegiatan);
            }
            i += parts + 1;
        }
        return placements;
    }

    /** How many lines right below line {@code i} add up to its amounts; 0 when no lines do. */
    private int partsOf(List<BudgetLine> run, int i) {
        BudgetLine line = run.get(i);
        List<Optional<BigDecimal>> own = List.of(Numbers.amount(line.pagu()), Numbers.amount(line.realisasi()));
        if (own.stream().allMatch(Optional::isEmpty)) {
            return 0;
        }
        BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO};
        boolean anyAmount = false;
        boolean nonNegative = true;
        for (int j = i + 1; j < run.size(); j++) {
            BudgetLine part = run.get(j);
            for (int c = PAGU; c <= REALISASI; c++) {
                Optional<BigDecimal> amount = Numbers.amount(c == PAGU ? part.pagu() : part.realisasi());
                if (amount.isPresent()) {
                    sum[c] = sum[c].add(amount.get());
                    anyAmount = true;
                    nonNegative &= amount.get().signum() >= 0;
                }
            }
            boolean equal = anyAmount;
            for (int c = PAGU; c <= REALISASI; c++) {
                if (own.get(c).isPresent()) {
                    BigDecimal difference = own.get(c).get().subtract(sum[c]);
                    equal &= Numbers.twoDecimals(difference).abs().compareTo(tolerance) <= 0;
                    if (nonNegative && difference.compareTo(tolerance.negate()) < 0) {
                        return 0; // amounts only grow from here
                    }
                }
            }
            if (equal) {
                return j - i;
            }
        }
        return 0;
    }
}
