package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.read.MergedRegions.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spreading of merged ranges over streamed rows. The ranges are those of a Pengukuran Kinerja table: a
 * sasaran merged down over its indicators (001 l.600-603) and a year merged across target, realisasi and capaian.
 */
class MergedRegionsTest {

    private static final Cell PAGU = new Cell(5, "3.489.328.596", CellKind.NUMBER,
            Optional.of(new BigDecimal("3489328596")), "#,##0");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # A1 range | first row | last row | first column | last column
            D4:F4      | 4         | 4        | 3            | 5
            A6:A8      | 6         | 8        | 0            | 0
            b2:c3      | 2         | 3        | 1            | 2
            AA10:AB12  | 10        | 12       | 26           | 27
            XFD1       | 1         | 1        | 16383        | 16383
            """)
    void anA1RangeIsParsedToRowsFromOneAndColumnsFromZero(String a1, int firstRow, int lastRow, int firstColumn,
            int lastColumn) {
        assertThat(Region.parse(a1)).isEqualTo(new Region(firstRow, lastRow, firstColumn, lastColumn));
    }

    @Test
    void aRangeAcrossColumnsGivesItsFirstCellToTheOthersAsMarkedCopies() {
        // "2023" over target, realisasi and capaian (D4:F4); the column left of it is kept as it is
        MergedRegions merged = new MergedRegions(List.of(Region.parse("D4:F4")));

        SheetRow row = merged.spread(new SheetRow(4, List.of(Cell.text(0, "No"), Cell.text(3, "2023")), false));

        assertThat(row.cells()).containsExactly(
                Cell.text(0, "No"),
                Cell.text(3, "2023"),
                new Cell(4, "2023", CellKind.TEXT, Optional.empty(), "", true),
                new Cell(5, "2023", CellKind.TEXT, Optional.empty(), "", true));
    }

    @Test
    void aRangeDownRowsGivesItsFirstCellToTheRowsBelowInColumnOrder() {
        // 001 l.600-603: one sasaran beside each of its indicators
        MergedRegions merged = new MergedRegions(List.of(Region.parse("B6:B8")));
        List<SheetRow> rows = List.of(
                new SheetRow(6, List.of(Cell.text(0, "1"), Cell.text(1, "Meningkatnya Kinerja Aparatur"),
                        Cell.text(2, "Persentase Penyediaan Gaji dan Tunjangan ASN yang dipenuhi")), false),
                new SheetRow(7, List.of(Cell.text(2, "Nilai SAKIP Perangkat Daerah")), false),
                new SheetRow(8, List.of(Cell.text(0, "x"), Cell.text(2, "Indeks Kepuasan masyarakat")), false),
                new SheetRow(9, List.of(Cell.text(1, "Meningkatnya Peran Kecamatan")), false));

        List<SheetRow> spread = rows.stream().map(merged::spread).toList();

        assertThat(RecordingVisitor.texts(spread)).containsExactly(
                "6: 0=1 | 1=Meningkatnya Kinerja Aparatur | 2=Persentase Penyediaan Gaji dan Tunjangan ASN yang"
                        + " dipenuhi",
                "7: 1=Meningkatnya Kinerja Aparatur | 2=Nilai SAKIP Perangkat Daerah",
                "8: 0=x | 1=Meningkatnya Kinerja Aparatur | 2=Indeks Kepuasan masyarakat",
                "9: 1=Meningkatnya Peran Kecamatan");
        assertThat(spread).extracting(r -> r.cell(1).orElseThrow().mergedCopy())
                .containsExactly(false, true, true, false);
    }

    @Test
    void aCopyKeepsTheNumberKindAndFormatOfTheFirstCell() {
        // a pagu merged over the three rows of its sub-kegiatan: the copies show it but say they are copies
        MergedRegions merged = new MergedRegions(List.of(Region.parse("F10:F11")));
        merged.spread(new SheetRow(10, List.of(PAGU), false));

        SheetRow below = merged.spread(new SheetRow(11, List.of(Cell.text(1, "Sub Kegiatan Evaluasi Kinerja")), true));

        assertThat(below.cells()).containsExactly(
                Cell.text(1, "Sub Kegiatan Evaluasi Kinerja"),
                new Cell(5, "3.489.328.596", CellKind.NUMBER, Optional.of(new BigDecimal("3489328596")), "#,##0",
                        true));
        assertThat(below.hidden()).isTrue();
        assertThat(below.number()).isEqualTo(11);
    }

    @Test
    void aCellTypedUnderARangeKeepsItsOwnValueAndABlankOneIsReplaced() {
        // a spreadsheet hides what a covered cell holds; the reader keeps a value it finds there rather than lose it
        MergedRegions merged = new MergedRegions(List.of(Region.parse("D4:F4")));

        SheetRow row = merged.spread(new SheetRow(4,
                List.of(Cell.text(3, "2023"), Cell.text(4, "  "), Cell.text(5, "Realisasi")), false));

        assertThat(row.cells()).containsExactly(
                Cell.text(3, "2023"),
                new Cell(4, "2023", CellKind.TEXT, Optional.empty(), "", true),
                Cell.text(5, "Realisasi"));
    }

    @Test
    void aRangeWhoseFirstCellIsEmptyGivesNothing() {
        MergedRegions merged = new MergedRegions(List.of(Region.parse("B6:C7")));

        SheetRow first = merged.spread(new SheetRow(6, List.of(Cell.text(0, "1")), false));
        SheetRow second = merged.spread(new SheetRow(7, List.of(Cell.text(0, "2")), false));

        assertThat(RecordingVisitor.texts(List.of(first, second))).containsExactly("6: 0=1", "7: 0=2");
    }

    @Test
    void aRangeWhoseFirstRowNeverCameGivesNothingToTheRowsBelow() {
        // a streamed sheet leaves out rows with no cells: the first cell was never seen
        MergedRegions merged = new MergedRegions(List.of(Region.parse("A6:A8")));

        SheetRow row = merged.spread(new SheetRow(7, List.of(Cell.text(1, "Nilai SAKIP")), false));

        assertThat(RecordingVisitor.texts(List.of(row))).containsExactly("7: 1=Nilai SAKIP");
    }

    @Test
    void aRowNoRangeCoversIsHandedBackUnchanged() {
        MergedRegions merged = new MergedRegions(List.of(Region.parse("A6:A8")));
        SheetRow before = new SheetRow(5, List.of(Cell.text(0, "Tabel 3.2")), false);
        SheetRow after = new SheetRow(9, List.of(Cell.text(1, "Nilai LPPD")), false);

        assertThat(merged.spread(before)).isSameAs(before);
        merged.spread(new SheetRow(6, List.of(Cell.text(0, "Sasaran")), false));
        assertThat(merged.spread(after)).isSameAs(after);
    }

    @Test
    void rangesGivenOutOfOrderAreAppliedByTheirFirstRow() {
        MergedRegions merged = new MergedRegions(List.of(Region.parse("A8:B8"), Region.parse("A2:B2")));

        List<SheetRow> spread = List.of(
                merged.spread(new SheetRow(2, List.of(Cell.text(0, "Sasaran")), false)),
                merged.spread(new SheetRow(8, List.of(Cell.text(0, "Jumlah")), false)));

        assertThat(RecordingVisitor.texts(spread)).containsExactly("2: 0=Sasaran | 1=Sasaran", "8: 0=Jumlah | 1=Jumlah");
    }

    @Test
    void aRangeOf256ColumnsIsSpreadAndOneOf257IsNot() {
        MergedRegions widest = new MergedRegions(List.of(new Region(1, 1, 0, 255)));
        MergedRegions tooWide = new MergedRegions(List.of(new Region(1, 1, 0, 256)));
        SheetRow row = new SheetRow(1, List.of(Cell.text(0, "LAPORAN KINERJA")), false);

        SheetRow spread = widest.spread(row);

        assertThat(spread.cells()).hasSize(256);
        assertThat(spread.cells().get(255)).isEqualTo(new Cell(255, "LAPORAN KINERJA", CellKind.TEXT,
                Optional.empty(), "", true));
        assertThat(tooWide.isEmpty()).isTrue();
        assertThat(tooWide.spread(row)).isSameAs(row);
    }

    @Test
    void aRangeOf10000RowsIsSpreadAndOneOf10001IsNot() {
        MergedRegions tallest = new MergedRegions(List.of(new Region(1, 10_000, 0, 0)));
        MergedRegions tooTall = new MergedRegions(List.of(new Region(1, 10_001, 0, 0)));
        SheetRow first = new SheetRow(1, List.of(Cell.text(0, "Sasaran")), false);
        SheetRow last = new SheetRow(10_000, List.of(Cell.text(1, "Indikator")), false);

        tallest.spread(first);
        SheetRow spread = tallest.spread(last);

        assertThat(RecordingVisitor.texts(List.of(spread))).containsExactly("10000: 0=Sasaran | 1=Indikator");
        assertThat(tooTall.isEmpty()).isTrue();
        assertThat(tooTall.spread(first)).isSameAs(first);
    }

    @ParameterizedTest(name = "[{index}] rows {0}-{1}, columns {2}-{3}")
    @CsvSource({
        // a single cell: nothing to spread
        "4, 4, 3, 3",
        // row 0 and column -1 do not exist
        "0, 2, 0, 1",
        "1, 2, -1, 1"
    })
    void aRangeThatCoversNoOtherRealCellIsLeftOut(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        MergedRegions merged = new MergedRegions(List.of(new Region(firstRow, lastRow, firstColumn, lastColumn)));

        assertThat(merged.isEmpty()).isTrue();
    }

    @Test
    void aRangeEndsWithItsLastRow() {
        MergedRegions merged = new MergedRegions(List.of(Region.parse("A2:A3")));
        List<SheetRow> spread = new ArrayList<>();
        for (int r = 2; r <= 4; r++) {
            List<Cell> cells = r == 2 ? List.of(Cell.text(0, "Sasaran")) : List.of(Cell.text(1, "Indikator " + r));
            spread.add(merged.spread(new SheetRow(r, cells, false)));
        }

        assertThat(RecordingVisitor.texts(spread)).containsExactly(
                "2: 0=Sasaran",
                "3: 0=Sasaran | 1=Indikator 3",
                "4: 1=Indikator 4");
    }
}
