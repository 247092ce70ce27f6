package id.saring.model;

import java.util.List;

/**
 * One budget row of a table (a programme, kegiatan, sub-kegiatan, account or total line), as stated.
 *
 * @param columnLevel the level given by the table's layout when it keeps programme, kegiatan and
 *                    sub-kegiatan in separate columns; {@link BudgetLevel#UNKNOWN} otherwise
 * @param total       true for a {@code Jumlah}/{@code Total} row
 */
public record BudgetLine(Location location, String opd, String tahun, BudgetLevel columnLevel, String kode,
        String uraian, boolean total, Stated pagu, Stated realisasi, Stated serapan, List<Stated> otherValues) {

    public BudgetLine {
        otherValues = List.copyOf(otherValues);
    }
}
