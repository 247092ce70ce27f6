package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric cells shown with their format as POI's formatter shows them in the Indonesian locale. */
class ShownNumbersTest {

    private static final List<String> PLAIN_FORMATS = List.of("#,##0", "#,##0.00", "0", "0.00", "0%", "0.00%",
            "#,##0.000", "0.0", "#,##0%");

    private final ShownNumbers shown = new ShownNumbers(false);

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3489328596      | #,##0    | 3.489.328.596
            2995981596.5    | #,##0    | 2.995.981.597
            -863048605489   | #,##0    | -863.048.605.489
            0.9119          | 0.00%    | 91,19%
            0.91195         | 0.00%    | 91,20%
            1234.565        | #,##0.00 | 1.234,57
            12              | 0.00     | 12,00
            0               | #,##0    | 0
            """)
    void aPlainFormatShowsTheNumberInTheIndonesianWay(String number, String format, String expected) {
        assertThat(shown.cell(0, new BigDecimal(number), 0, format).text()).isEqualTo(expected);
    }

    /** Numbers of every size, halves and negatives, each plain format: what POI's formatter itself shows. */
    @Test
    void aPlainFormatShowsWhatPoisFormatterShows() {
        DataFormatter poi = new DataFormatter(ShownNumbers.INDONESIAN);
        Random random = new Random(20261123);
        List<BigDecimal> numbers = new ArrayList<>();
        for (String n : List.of("0.5", "1.5", "2.5", "-0.5", "-0.4", "-0.004", "0.005", "0.0049999", "1234567.895",
                "999999.995", "-999.5", "1E15", "123456789012345678", "0.1", "1E-7", "100")) {
            numbers.add(new BigDecimal(n));
        }
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(16) - 4);
            double d = (random.nextDouble() - 0.3) * magnitude;
            // a third of them at a half, where rounding is decided
            numbers.add(i % 3 == 0 ? BigDecimal.valueOf(Math.round(d * 200) / 200.0 + 0.005)
                    : new BigDecimal(Double.toString(d)));
        }
        for (String format : PLAIN_FORMATS) {
            for (BigDecimal n : numbers) {
                assertThat(shown.cell(0, n, 0, format).text()).as("%s with %s", n, format)
                        .isEqualTo(poi.formatRawCellContents(n.doubleValue(), 0, format));
            }
        }
    }
}
