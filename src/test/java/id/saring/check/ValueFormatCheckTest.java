package id.saring.check;

import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.PARSER;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.dec;
import static id.saring.check.CheckFixtures.row;
import static id.saring.check.CheckFixtures.stated;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.model.Stated;
import id.saring.value.DecimalConvention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatCheckTest {

    private final ValueFormatCheck check = new ValueFormatCheck(new Findings(RULES.checks()));

    private static Stated unsettled(String text, int column) {
        return new Stated(PARSER.parse(text, DecimalConvention.UNSETTLED), text, column);
    }

    @Test
    void numberReadableTwoWaysIsAmbiguousWithBothReadings() {
        // seed 004 l.781: "Minimal 3,226" in a table that never shows its decimal mark
        List<Finding> found = check.check(row(9), "", List.of(unsettled("Minimal 3,226", 4)), List.of());

        assertThat(found).containsExactly(new Finding(new Location(FILE, SHEET, 9, 4), Category.AMBIGUOUS_NUMBER,
                "number.ambiguous", Severity.WARNING, new Message("number.ambiguous", List.of("Minimal 3,226", "E9",
                        dec("3.226"), dec("3226"), Message.of("mark.comma"))),
                "Minimal 3,226", ""));
    }

    @Test
    void ambiguousDotNumberNamesTheDot() {
        Finding f = check.check(row(9), "", List.of(unsettled("1.234", 2)), List.of()).get(0);

        assertThat(f.message().args().get(4)).isEqualTo(Message.of("mark.dot"));
        assertThat(f.location().cell()).isEqualTo("C9");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text              | reason
            11.879.357.00       | reason.broken-grouping
            30,393.434.000,00   | reason.mixed-separators
            4,333E+09           | reason.scientific-notation
            89,00 4,00          | reason.several-numbers
            Belum ada data      | reason.not-a-number
            #DIV/0!             | reason.spreadsheet-error
            """)
    void unreadableNumberIsUnparseableWithItsReason(String text, String reason) {
        List<Finding> found = check.check(row(20), "", List.of(stated(text, 8)), List.of());

        assertThat(found).containsExactly(new Finding(new Location(FILE, SHEET, 20, 8), Category.UNPARSEABLE_VALUE,
                "number.unparseable", Severity.ERROR,
                new Message("number.unreadable", List.of(text, "I20", Message.of(reason))), text, ""));
    }

    @Test
    void readableBlankGradeAndBandValuesGiveNoFinding() {
        assertThat(check.check(row(5), "", List.of(stated("94,05%", 5), stated("", 6), stated("-", 7),
                stated("B(64,59)", 8), stated("3 ± 1", 9), stated("WTP", 10), stated("N/A", 11), Stated.absent()),
                List.of())).isEmpty();
    }

    @Test
    void everyDamagedCellOfTheRowIsReportedInOrder() {
        List<Finding> found = check.check(row(60), "", List.of(stated("54.861.133.130,00", 2),
                stated("30,393.434.000,00", 4), unsettled("1.234", 5), stated("Belum ada data", 6)), List.of());

        assertThat(found).extracting(f -> f.location().cell()).containsExactly("E60", "F60", "G60");
        assertThat(found).extracting(Finding::category).containsExactly(Category.UNPARSEABLE_VALUE,
                Category.AMBIGUOUS_NUMBER, Category.UNPARSEABLE_VALUE);
    }

    @Test
    void inOtherYearsColumnsOnlyDamagedNumbersAreReportedNotWords() {
        // 000 l.2447: "Kabupaten terinovatif" as the 2022 target; 000 l.2991: a damaged 2022 realisasi
        List<Finding> found = check.check(row(60), "", List.of(),
                List.of(stated("Kabupaten terinovatif", 2), stated("30,393.434.000,00", 4), unsettled("1.234", 5)));

        assertThat(found).extracting(f -> f.location().cell()).containsExactly("E60", "F60");
        assertThat(found).extracting(Finding::category).containsExactly(Category.UNPARSEABLE_VALUE,
                Category.AMBIGUOUS_NUMBER);
    }

    @Test
    void targetThatIsOnlyItsSatuanSaysSo() {
        // 003 l.902: satuan "Rekening", target and realisasi "Rekening"
        List<Finding> found = check.check(row(16), "Rekening", List.of(stated("Rekening", 7), stated("Rekening", 8),
                stated("Belum ada data", 9)), List.of());

        assertThat(found).extracting(f -> f.message()).containsExactly(
                new Message("number.unreadable", List.of("Rekening", "H16", Message.of("reason.unit-only"))),
                new Message("number.unreadable", List.of("Rekening", "I16", Message.of("reason.unit-only"))),
                new Message("number.unreadable", List.of("Belum ada data", "J16", Message.of("reason.not-a-number"))));
    }
}
