package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.model.Stated;
import id.saring.model.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordStatusTest {

    private static final String FILE = "kinerja-anggaran-2023.xlsx";
    private static final String SHEET = "Realisasi Keuangan";

    private static Finding finding(int row, int column, Category category, Severity severity) {
        return new Finding(new Location(FILE, SHEET, row, column), category, "rule", severity, Message.of("x"), "",
                "");
    }

    private static Stated cell(int column) {
        return new Stated(new Value.Blank(false), "", column);
    }

    private static final Location ROW_8 = new Location(FILE, SHEET, 8, -1);
    /** A capaian record of a mixed table: target D, realisasi E, capaian F. */
    private static final List<Stated> CAPAIAN_CELLS = List.of(cell(3), cell(4), cell(5), Stated.absent());
    /** The budget line on the same row: pagu H, realisasi I, serapan J. */
    private static final List<Stated> BUDGET_CELLS = List.of(cell(7), cell(8), cell(9));

    @Test
    void recordWithoutFindingsIsOk() {
        RecordStatus status = new RecordStatus(List.of(finding(9, 9, Category.ABSORPTION_MISMATCH, Severity.ERROR)));

        assertThat(status.of(ROW_8, CAPAIAN_CELLS)).isEqualTo("ok");
        assertThat(new RecordStatus(List.of()).of(ROW_8, CAPAIAN_CELLS)).isEqualTo("ok");
    }

    @Test
    void findingCountsOnlyForTheRecordWhoseCellItIsOn() {
        // seed 003 l.868: the serapan of the budget line is wrong, the capaian of the indicator is not
        RecordStatus status = new RecordStatus(List.of(finding(8, 9, Category.ABSORPTION_MISMATCH, Severity.ERROR)));

        assertThat(status.of(ROW_8, BUDGET_CELLS)).isEqualTo("absorption-mismatch");
        assertThat(status.of(ROW_8, CAPAIAN_CELLS)).isEqualTo("ok");
    }

    @Test
    void mostSevereFindingOnTheRecordGivesItsStatus() {
        RecordStatus status = new RecordStatus(List.of(
                finding(8, 3, Category.AMBIGUOUS_NUMBER, Severity.WARNING),
                finding(8, 5, Category.CAPAIAN_MISMATCH, Severity.ERROR),
                finding(8, 4, Category.PREDICATE_MISMATCH, Severity.INFO)));

        assertThat(status.of(ROW_8, CAPAIAN_CELLS)).isEqualTo("capaian-mismatch");
    }

    @Test
    void warningOutranksInfo() {
        RecordStatus status = new RecordStatus(List.of(
                finding(8, 5, Category.CAPAIAN_MISMATCH, Severity.INFO),
                finding(8, 3, Category.AMBIGUOUS_NUMBER, Severity.WARNING)));

        assertThat(status.of(ROW_8, CAPAIAN_CELLS)).isEqualTo("ambiguous-number");
    }

    @Test
    void findingAboutTheWholeRowCountsForEveryRecordOnIt() {
        RecordStatus status = new RecordStatus(List.of(finding(8, -1, Category.DUPLICATE_RECORD, Severity.WARNING)));

        assertThat(status.of(ROW_8, CAPAIAN_CELLS)).isEqualTo("duplicate-record");
        assertThat(status.of(ROW_8, BUDGET_CELLS)).isEqualTo("duplicate-record");
    }

    @Test
    void findingsOfAnotherFileSheetOrRowDoNotCount() {
        RecordStatus status = new RecordStatus(List.of(
                new Finding(new Location("other.xlsx", SHEET, 8, 5), Category.CAPAIAN_MISMATCH, "r", Severity.ERROR,
                        Message.of("x"), "", ""),
                new Finding(new Location(FILE, "Sheet2", 8, 5), Category.CAPAIAN_MISMATCH, "r", Severity.ERROR,
                        Message.of("x"), "", ""),
                finding(7, 5, Category.CAPAIAN_MISMATCH, Severity.ERROR),
                new Finding(Location.ofFile(FILE), Category.NO_TABLE, "r", Severity.ERROR, Message.of("x"), "", "")));

        assertThat(status.of(ROW_8, CAPAIAN_CELLS)).isEqualTo("ok");
    }

    @Test
    void findingOnACellOfAnotherYearCountsForTheRecord() {
        RecordStatus status = new RecordStatus(List.of(finding(8, 11, Category.UNPARSEABLE_VALUE, Severity.ERROR)));

        assertThat(status.of(ROW_8, List.of(cell(3), cell(4), cell(5), cell(11)))).isEqualTo("unparseable-value");
    }
}
