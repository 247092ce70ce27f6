package id.saring.check;

import static id.saring.check.CheckFixtures.CAPAIAN;
import static id.saring.check.CheckFixtures.REALISASI;
import static id.saring.check.CheckFixtures.TARGET;
import static id.saring.check.CheckFixtures.row;
import static id.saring.check.CheckFixtures.stated;

import id.saring.model.CapaianRecord;
import id.saring.model.Stated;
import java.util.List;

/**
 * Capaian records with a satuan and a predikat column (G), built as {@link CheckFixtures} builds them; a
 * {@code null} text is a column the table does not have.
 */
final class CapaianRows {

    /** The predikat column: G. */
    static final int PREDIKAT = 6;

    private CapaianRows() {
    }

    static CapaianRecord record(int row, String indikator, String satuan, String target, String realisasi,
            String capaian, String predikat) {
        return new CapaianRecord(row(row), "Pemerintah Kabupaten Muara Enim", "2023", "", indikator, satuan,
                cell(target, TARGET), cell(realisasi, REALISASI), cell(capaian, CAPAIAN), cell(predikat, PREDIKAT),
                List.of());
    }

    static CapaianRecord record(int row, String indikator, String satuan, String target, String realisasi,
            String capaian) {
        return record(row, indikator, satuan, target, realisasi, capaian, null);
    }

    private static Stated cell(String text, int column) {
        return text == null ? Stated.absent() : stated(text, column);
    }
}
