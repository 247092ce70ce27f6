package id.saring.value;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Value;
import id.saring.model.Value.Ambiguous;
import id.saring.model.Value.Band;
import id.saring.model.Value.Blank;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Unreadable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every number form of {@code domain.md} and the seeds, read the way a planner reads it. The cases live in
 * {@code numbers.csv}; each names the seed line it comes from.
 */
class IndoNumberParserTest {

    /** Grade and predicate words as the scales name them; shared with {@link IndoNumberParserFuzzTest}. */
    static final GradeVocabulary GRADES = new GradeVocabulary(List.of("AA", "A", "BB", "B", "CC", "C", "D",
            "A-", "B-", "C-", "E", "WTP", "WDP", "TW", "TMP", "Sangat Baik", "Baik", "Cukup", "Kurang", "Kurang Baik",
            "Tidak Baik", "Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Inovatif",
            "Sangat Inovatif", "Kurang Inovatif", "Nominasi", "Ada", "Tidak Ada", "Tersedia", "Tidak Tersedia"));

    private final IndoNumberParser parser = new IndoNumberParser(GRADES);

    @ParameterizedTest(name = "[{index}] {0} ({1}) -> {2} {3}")
    @CsvFileSource(resources = "numbers.csv", numLinesToSkip = 1, ignoreLeadingAndTrailingWhitespace = false)
    void readsTheNumberAsWritten(String text, DecimalConvention convention, String kind, String amount,
            String decimals, String unit, String qualifier, String extra, String source) {
        // JUnit passes an empty CSV field as null
        Value value = parser.parse(Objects.toString(text, ""), convention);
        amount = Objects.toString(amount, "");
        extra = Objects.toString(extra, "");
        switch (kind) {
            case "BLANK" -> assertThat(value).isEqualTo(new Blank(amount.equals("dash")));
            case "QUANTITY" -> {
                assertThat(value).isInstanceOf(Quantity.class);
                Quantity q = (Quantity) value;
                assertThat(q.amount()).isEqualByComparingTo(new BigDecimal(amount));
                assertThat(q.decimals()).isEqualTo(Integer.parseInt(decimals));
                assertThat(q.unit()).hasToString(unit);
                assertThat(q.qualifier()).hasToString(qualifier);
                assertThat(q.unitWord()).isEqualTo(unit.equals("COUNT") ? extra : "");
            }
            case "BAND" -> {
                assertThat(value).isInstanceOf(Band.class);
                String[] bounds = amount.split("\\.\\.");
                assertThat(((Band) value).low()).isEqualByComparingTo(bounds[0]);
                assertThat(((Band) value).high()).isEqualByComparingTo(bounds[1]);
            }
            case "GRADE" -> {
                assertThat(value).isInstanceOf(Grade.class);
                Grade g = (Grade) value;
                assertThat(g.label().replace(" ", "")).isEqualToIgnoringCase(extra.replace(" ", ""));
                assertThat(g.score().map(BigDecimal::stripTrailingZeros))
                        .isEqualTo(amount.isEmpty() ? Optional.empty()
                                : Optional.of(new BigDecimal(amount).stripTrailingZeros()));
            }
            case "AMBIGUOUS" -> {
                assertThat(value).isInstanceOf(Ambiguous.class);
                String[] readings = amount.split("\\|");
                assertThat(((Ambiguous) value).decimalReading()).isEqualByComparingTo(readings[0]);
                assertThat(((Ambiguous) value).thousandsReading()).isEqualByComparingTo(readings[1]);
            }
            case "UNREADABLE" -> assertThat(value).isEqualTo(new Unreadable(Value.Reason.valueOf(amount)));
            default -> throw new IllegalArgumentException("unknown kind " + kind + " in numbers.csv (" + source + ")");
        }
    }

    @Test
    void evidenceComesOnlyFromFormsThatSettleTheDecimalMark() {
        assertThat(parser.evidence("4.660.490.628")).contains(DecimalConvention.COMMA);
        assertThat(parser.evidence("12,5")).contains(DecimalConvention.COMMA);
        assertThat(parser.evidence("Rp 3.489.328.596,-")).contains(DecimalConvention.COMMA);
        assertThat(parser.evidence("0,313")).contains(DecimalConvention.COMMA);
        assertThat(parser.evidence("141,531,258,069")).contains(DecimalConvention.DOT);
        assertThat(parser.evidence("88.51")).contains(DecimalConvention.DOT);
        assertThat(parser.evidence("1.234")).isEmpty();
        assertThat(parser.evidence("100")).isEmpty();
        assertThat(parser.evidence("60,%")).isEmpty();
    }

    @Test
    void damagedNumbersSettleNothing() {
        assertThat(parser.evidence("11.879.357.00")).isEmpty();
        assertThat(parser.evidence("30,393.434.000,00")).isEmpty();
        assertThat(parser.evidence("4,333E+09")).isEmpty();
    }

    /**
     * Plain numbers (digits and marks, a minus, a percent sign) take a short way past the grammar's patterns. Every
     * text of up to eight characters made of those characters and a space, fifty thousand of them drawn at
     * random, reads as the grammar reads it, under each convention, and gives the same evidence.
     */
    @Test
    void aPlainNumberReadsAsTheGrammarReadsIt() {
        String characters = "0123456789.,-% ";
        Random random = new Random(20261123);
        int plain = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                // digits twice as likely as the rest, as in the cells
                int pick = random.nextInt(characters.length() + 10);
                text.append(characters.charAt(pick < 10 ? pick : pick - 10));
            }
            String t = text.toString();
            for (DecimalConvention convention : DecimalConvention.values()) {
                assertThat(parser.parse(t, convention)).as("%s (%s)", t, convention)
                        .isEqualTo(parser.parseByGrammar(t, convention));
            }
            assertThat(parser.evidence(t)).as(t).isEqualTo(parser.evidenceByGrammar(t));
            if (parser.parse(t, DecimalConvention.COMMA) instanceof Quantity) {
                plain++;
            }
        }
        assertThat(plain).as("texts read as numbers").isGreaterThan(12_000);
    }

    @Test
    void aNumberIsAGradeWhenTheScalesNameItSo() {
        IndoNumberParser numbered = new IndoNumberParser(new GradeVocabulary(List.of("A", "1", "2")));

        assertThat(numbered.parse(" 1 ", DecimalConvention.COMMA)).isEqualTo(new Grade("1", Optional.empty()));
        assertThat(numbered.parse("3", DecimalConvention.COMMA)).isInstanceOf(Quantity.class);
        assertThat(parser.parse("1", DecimalConvention.COMMA)).isInstanceOf(Quantity.class);
    }
}
