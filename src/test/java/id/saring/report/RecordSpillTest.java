package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.cache.ResultCodec;
import id.saring.check.BudgetResult;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.Location;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.rules.BudgetRules.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records past the first {@link RecordSpill#IN_MEMORY} go to a file and come back equal, in order. */
class RecordSpillTest {

    private static final int LINES = RecordSpill.IN_MEMORY * 2 + 17;

    @Test
    void recordsBeyondTheHeapPartComeBackEqualAndInOrder() {
        RecordSpill<BudgetResult> spill = new RecordSpill<>(ResultCodec.BUDGET);
        List<BudgetResult> expected = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            BudgetResult line = line(i);
            spill.add(line);
            expected.add(line);
        }
        assertThat(spill).hasSize(LINES);
        assertThat(spill.get(0)).isEqualTo(expected.get(0));
        assertThat(spill.get(RecordSpill.IN_MEMORY)).isEqualTo(expected.get(RecordSpill.IN_MEMORY));
        assertThat(spill.get(LINES - 1)).isEqualTo(expected.get(LINES - 1));
        assertThat(spill).isEqualTo(expected);
        assertThat(spill.subList(RecordSpill.IN_MEMORY - 3, RecordSpill.IN_MEMORY + 40))
                .isEqualTo(expected.subList(RecordSpill.IN_MEMORY - 3, RecordSpill.IN_MEMORY + 40));
        // appended after reading: read again from the file
        spill.add(line(LINES));
        assertThat(spill.get(LINES).line().location().row()).isEqualTo(LINES + 4);
    }

    @Test
    void aConcatenationReadsItsPartsAsOneListFromAnyIndex() {
        RecordSpill<BudgetResult> spill = new RecordSpill<>(ResultCodec.BUDGET);
        List<BudgetResult> expected = new ArrayList<>();
        for (int i = 0; i < RecordSpill.IN_MEMORY + 5; i++) {
            spill.add(line(i));
            expected.add(line(i));
        }
        List<BudgetResult> small = List.of(line(-1), line(-2));
        expected.addAll(small);
        Concatenation<BudgetResult> all = new Concatenation<>(List.of(List.of(), spill, List.of(), small));
        assertThat(all).hasSize(RecordSpill.IN_MEMORY + 7);
        assertThat(all).isEqualTo(expected);
        assertThat(all.get(RecordSpill.IN_MEMORY + 6)).isEqualTo(line(-2));
        assertThat(all.subList(RecordSpill.IN_MEMORY + 3, RecordSpill.IN_MEMORY + 7))
                .containsExactly(line(RecordSpill.IN_MEMORY + 3), line(RecordSpill.IN_MEMORY + 4), line(-1), line(-2));
    }

    /** A sub-kegiatan line of row {@code i + 4}, with every kind of value the codec writes. */
    private static BudgetResult line(int i) {
        Stated pagu = new Stated(new Value.Quantity(new BigDecimal("3489328596.00"), 2, Value.Unit.RUPIAH,
                Value.Qualifier.EXACT, ""), "Rp 3.489.328.596,-", 2);
        Stated realisasi = new Stated(new Value.Ambiguous(new BigDecimal("1.234"), new BigDecimal("1234")), "1.234", 3);
        Stated serapan = new Stated(new Value.Grade("BB", Optional.of(new BigDecimal("75.5"))), "BB (75,5)", 4);
        List<Stated> others = List.of(new Stated(new Value.Blank(true), "-", 5),
                new Stated(new Value.Band(new BigDecimal("-9223372036854775809"), // past a long both ways
                        new BigDecimal("98765432109876543210987654321.25")), "-9223372036854775809 - 9,9e28", 6),
                new Stated(new Value.Unreadable(Value.Reason.BROKEN_GROUPING), "11.879.357.00", 7));
        BudgetLine line = new BudgetLine(new Location("anggaran.xlsx", "Anggaran", i + 4, -1), "Dinas Kesehatan",
                "2023", BudgetLevel.UNKNOWN, "1.02.02.2.01." + i, "Sub Kegiatan Penyediaan Jasa " + i, false, pagu,
                realisasi, serapan, others);
        return new BudgetResult(line, BudgetLevel.values()[Math.floorMod(i, BudgetLevel.values().length)],
                i % 2 == 0 ? Optional.of(Section.values()[0]) : Optional.empty(),
                i % 3 == 0 ? Optional.empty() : Optional.of(new BigDecimal("91.20")));
    }
}
