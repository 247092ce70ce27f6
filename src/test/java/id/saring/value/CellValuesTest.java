package id.saring.value;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Value.Qualifier;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Unit;
import id.saring.read.Cell;
import id.saring.read.CellKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric cells read with what their number format shows. */
class CellValuesTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # value      | format              | amount     | decimals | unit
            0.9119       | 0.00%               | 91.19      | 2        | PERCENT
            0.79         | 0%                  | 79         | 0        | PERCENT
            91.19        | 0.00\\%             | 91.19      | 2        | PLAIN
            91.19        | 0.00" %"            | 91.19      | 2        | PLAIN
            3489328596   | "Rp "#,##0",-"      | 3489328596 | 0        | RUPIAH
            3489328596   | Rp #,##0            | 3489328596 | 0        | RUPIAH
            79.35        | General             | 79.35      | 2        | PLAIN
            1234.5       | #,##0.00;(#,##0.00) | 1234.5     | 2        | PLAIN
            """)
    void aNumericCellIsTheNumberItsFormatShows(BigDecimal value, String format, BigDecimal amount, int decimals,
            Unit unit) {
        Cell cell = new Cell(3, "", CellKind.NUMBER, Optional.of(value), format);

        assertThat(CellValues.numeric(cell)).isInstanceOfSatisfying(Quantity.class, q -> {
            assertThat(q.amount()).isEqualByComparingTo(amount);
            assertThat(q.decimals()).isEqualTo(decimals);
            assertThat(q.unit()).isEqualTo(unit);
            assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
        });
    }
}
