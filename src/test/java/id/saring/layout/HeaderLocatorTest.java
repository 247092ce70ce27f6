package id.saring.layout;

import static id.saring.layout.SeedRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.read.Cell;
import id.saring.read.CellKind;
import id.saring.read.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLocatorTest {

    private final HeaderLocator locator = new HeaderLocator(BundledVocabulary.get());

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # row, \\t between cells                                                                  | seen at     | header
            No\\tSasaran Strategis\\tIndikator kinerja\\tTatget\\tRalisasi\\tCapaian ( % )                | 003 l.563   | true
            URAIAN\\tANGGARAN\\tREALISASI 2023\\t% 2023\\tREALISASI 2022                                 | 000 l.2938  | true
            \\t\\t\\tTarget\\tRealisasi\\tCapaian\\t\\tPagu\\tRealisasi\\tCapaian (%)                        | 003 l.865   | true
            Indikator Sasaran\\tTarget\\tRealisasi\\tCapaian                                             | 001 l.580   | true
            No\\tSasaran Strategis\\tIndikator Kinerja\\tKinerja\\t\\t\\tProgram\\tKeuangan                 | 003 l.864   | false
            No\\tIPM\\tSatuan\\t2019\\t2020\\t2021\\t2022\\t2023                                          | 000 l.2029  | false
            1\\tMeningkatnya Kualitas Pelayanan Publik\\tIndeks Kepuasan masyarakat\\t84\\t79,35\\t94,05%  | 003 l.564   | false
            Realisasi                                                                                 | one cell    | false
            Target\\tTarget Akhir Renstra                                                              | one field   | false
            No\\tMisi/Tujuan/Sasaran/Program\\tIndikator Kinerja\\tKondisi Awal (2018)\\tKondisi Akhir (2023) | 000 l.617   | true
            \\tProgram peningkatan kesempatan kerja\\tTingkat partisipasi angkatan kerja\\t72,66%\\t74,16% | 000 l.622   | false
            """)
    void aHeaderRowNamesTwoFieldsOneOfThemAMeasureAndHoldsNoNumbers(String line, String seenAt, boolean header) {
        assertThat(locator.isHeader(row(1, line.replace("\\t", "\t")))).isEqualTo(header);
    }

    @Test
    void aYearTypedAsANumberMayStandInAHeader() {
        // 004 l.909 with 2023 stored as a number
        SheetRow row = new SheetRow(909, List.of(Cell.text(0, "NO"), Cell.text(1, "INDIKATOR KINERJA UTAMA"),
                Cell.text(2, "Capaian 2021"), new Cell(4, "2023", CellKind.NUMBER, Optional.of(new BigDecimal("2023")),
                        "General")), false);
        SheetRow withAnAmount = new SheetRow(909, List.of(Cell.text(0, "URAIAN"), Cell.text(1, "ANGGARAN"),
                new Cell(2, "3.489.328.596", CellKind.NUMBER, Optional.of(new BigDecimal("3489328596")), "#,##0")),
                false);

        assertThat(locator.isHeader(row)).isTrue();
        assertThat(locator.isHeader(withAnAmount)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # row below a header                                          | seen at       | continues it
            \\t\\t\\t\\tTarget\\tRealisasi\\t% Realisasi\\t\\t                  | 004 l.910     | true
            \\t\\t\\t\\t\\t(Rp)\\t(%)                                         | 000 l.3030    | true
            \\t\\tTarget\\tRealisasi\\t\\tTarget 2023\\tRealisasi 2023       | 000 l.2076    | true
            \\t\\t\\tTriwulan I\\tTriwulan II\\tTriwulan III\\tTriwulan IV     | 004 l.925     | false
            (1)\\t(2)\\t(3)\\t\\t(5)\\t(6)\\t(7)                              | 000 l.2913    | false
            1.\\tNilai LPPD\\t3,22\\t2,82\\t3,22\\t2,85\\t88.51              | 004 l.911     | false
            """)
    void subLabelsAndUnitsContinueAHeader(String line, String seenAt, boolean continues) {
        assertThat(locator.isContinuation(row(1, line.replace("\\t", "\t")), row(0, ""))).isEqualTo(continues);
    }

    @Test
    void aRowOfGroupLabelsAboveAHeaderGroupsItsColumns() {
        // 003 l.864 over l.865
        SheetRow header = row(865, "\t\t\tTarget\tRealisasi\tCapaian\t\tPagu\tRealisasi\tCapaian (%)");

        assertThat(locator.isGroupRow(row(864, "No\tSasaran Strategis\tIndikator Kinerja\tKinerja\t\t\tProgram\tKeuangan"),
                header)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the only cell of the row above, \\t between cells | groups the header
            \\t\\t\\tKinerja                                   | true
            Kinerja                                            | false
            \\t\\t\\t\\t\\t\\tKeuangan                          | false
            OPD : Sekretaris Daerah                            | false
            \\t\\t\\tTahun Anggaran :                          | false
            """)
    void aSingleGroupLabelMustStandOverAHeaderCell(String line, boolean groups) {
        // under it, the header of 003 l.865 has cells in columns 3-5 and 7-9 only
        SheetRow header = row(865, "\t\t\tTarget\tRealisasi\tCapaian\t\tPagu\tRealisasi\tCapaian (%)");

        assertThat(locator.isGroupRow(row(864, line.replace("\\t", "\t")), header)).isEqualTo(groups);
    }

    @Test
    void aLongSentenceIsNoGroupRow() {
        // 003 l.558 above a header
        SheetRow header = row(563, "No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )");
        SheetRow sentence = row(562, "Taget realisasi dan capaian Indikator Kinerja Utama (IKU) Kecamatan Sumber Harta"
                + " Kabupaten Musi Rawas\tdapat dilihat dari tabel dibawah ini :");

        assertThat(locator.isGroupRow(sentence, header)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # row under a header                                            | seen at                | column numbers
            (1)\\t(2)\\t(3)\\t(4)\\t(5)\\t(6)                                   | 003 l.651              | true
            (1)\\t(2)\\t(3)\\t\\t(5)\\t(6)\\t(7)\\t(8)\\t(9)\\t(10)\\t(11)        | 000 l.2913: empty cell | true
            (1)\\t(2)\\t(3)\\t(5)\\t(6)\\t(7)\\t(8)\\t(9)\\t(10)\\t(11)           | 000 l.2755: number gap | true
            1\\t2\\t3\\t4\\t5\\t6\\t7\\t8\\t9\\t10                              | 003 l.866              | true
            2\\t3\\t4\\t5\\t6                                                  | 000 l.2939             | true
            \\t(1)\\t(2)\\t(3)\\t(4)                                           | 000 l.3249             | true
            4\\t5\\t6                                                          | starts too far right   | false
            (1)\\t(3)\\t(2)                                                    | not increasing         | false
            (1)\\t(2)                                                          | two cells              | false
            1.\\tNilai LPPD\\t3,22                                             | 004 l.911              | false
            1\\t2\\t100                                                        | three digits           | false
            """)
    void aRowOfIncreasingColumnNumbersFromTheLeftIsAColumnNumberRow(String line, String seenAt, boolean numbers) {
        assertThat(locator.isColumnNumbers(row(1, line.replace("\\t", "\t")))).isEqualTo(numbers);
    }

    @Test
    void columnNumbersTypedAsNumbersAreColumnNumbers() {
        SheetRow row = new SheetRow(866, List.of(number(0, 1), number(1, 2), number(2, 3)), false);

        assertThat(locator.isColumnNumbers(row)).isTrue();
    }

    /**
     * A row of cells where {@code ^} marks a merged copy of the cell to its left, {@code |} a copy of the cell above
     * (written out again, as the readers hand it on).
     */
    private static SheetRow merged(int number, String line, SheetRow above) {
        String[] fields = line.split("\t", -1);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals("|")) {
                cells.add(above.cell(i).orElseThrow().copyAt(i));
            } else if (fields[i].equals("^")) {
                cells.add(cells.get(cells.size() - 1).copyAt(i));
            } else if (!fields[i].isBlank()) {
                cells.add(Cell.text(i, fields[i]));
            }
        }
        return new SheetRow(number, cells, false);
    }

    @Test
    void anyHeaderWordsUnderHeaderCellsMergedDownContinueTheHeader() {
        // 003 l.886-887 as a workbook merges them: No, Prioritas and Plafon span both rows; Narasi is no field
        SheetRow header = merged(3, "No\tPrioritas Program dan Kegiatan\tPlafon Anggaran (Perubahan)\tPenyerapan"
                + "\t^\tKeuangan\t^\t^\t^\t^", null);
        SheetRow below = merged(4, "|\t|\t|\tRealisasi (Rp)\tCapaian (%)\tNarasi\tSatuan\tTarget\tRealisasi\t%",
                header);

        assertThat(locator.isContinuation(below, header)).isTrue();
    }

    @Test
    void mostlyKnownSubLabelsBesideTheLabelColumnsContinueTheHeader() {
        // 003 l.886-887 as the seed writes them, without merges: Narasi is no field, but the row stays clear of
        // No, Prioritas and Plafon
        SheetRow header = row(886, "No\tPrioritas Program dan Kegiatan\tPlafon Anggaran (Perubahan)\tPenyerapan"
                + "\t\tKeuangan");
        SheetRow below = row(887, "\t\t\tRealisasi (Rp)\tCapaian (%)\tNarasi\tSatuan\tTarget\tRealisasi\t%");
        SheetRow underALabel = row(887, "\tNarasi\t\tRealisasi (Rp)\tCapaian (%)");

        assertThat(locator.isContinuation(below, header)).isTrue();
        assertThat(locator.isContinuation(underALabel, header)).isFalse();
    }

    @Test
    void aHeadingMergedAcrossTheTableIsNoSubHeader() {
        // analisis-capaian-sasaran-2023.xls of input-samples: an e-SAKIP export opens each sasaran with a banner
        SheetRow header = merged(3, "Indikator Sasaran\tSatuan\tTarget\tRealisasi", null);
        SheetRow heading = merged(4, "Sasaran 1 : Meningkatnya kualitas sumber daya manusia\t^\t^\t^", header);
        SheetRow banner = merged(4, "Sasaran\t^\t^\t^", header);

        assertThat(locator.isContinuation(heading, header)).isFalse();
        assertThat(locator.isContinuation(banner, header)).isFalse();
    }

    private static Cell number(int column, int n) {
        return new Cell(column, String.valueOf(n), CellKind.NUMBER, Optional.of(new BigDecimal(n + ".0")), "General");
    }
}
