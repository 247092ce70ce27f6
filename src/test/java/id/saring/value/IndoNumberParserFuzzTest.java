package id.saring.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.saring.model.Value;
import id.saring.model.Value.Ambiguous;
import id.saring.model.Value.Quantity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text a cell can hold, read under every decimal convention. Without {@code JAZZER_FUZZ} this replays the
 * inputs kept in {@code IndoNumberParserFuzzTestInputs/readsAnyText/}: every number form of {@code numbers.csv}
 * and each crash the fuzzer ever found (FUZZING.md).
 */
class IndoNumberParserFuzzTest {

    private final IndoNumberParser parser = new IndoNumberParser(IndoNumberParserTest.GRADES);

    @FuzzTest
    void readsAnyText(byte[] input) {
        // a cell's text is whatever the file decoded to: malformed bytes become U+FFFD, as in the readers
        String text = new String(input, StandardCharsets.UTF_8);

        Value unsettled = parser.parse(text, DecimalConvention.UNSETTLED);
        Value comma = parser.parse(text, DecimalConvention.COMMA);
        Value dot = parser.parse(text, DecimalConvention.DOT);
        parser.evidence(text);

        assertThat(List.of(unsettled, comma, dot)).doesNotContainNull();
        // the short way for plain numbers reads what the grammar reads
        assertThat(unsettled).isEqualTo(parser.parseByGrammar(text, DecimalConvention.UNSETTLED));
        assertThat(comma).isEqualTo(parser.parseByGrammar(text, DecimalConvention.COMMA));
        assertThat(parser.evidence(text)).isEqualTo(parser.evidenceByGrammar(text));
        // the convention settles the 1.234 form and nothing else: a number read without it reads the same with it
        if (unsettled instanceof Quantity) {
            assertThat(comma).isEqualTo(unsettled);
            assertThat(dot).isEqualTo(unsettled);
        }
        // an ambiguous number's two readings are what the two conventions read
        if (unsettled instanceof Ambiguous a) {
            assertThat(comma).isInstanceOf(Quantity.class);
            assertThat(dot).isInstanceOf(Quantity.class);
            assertThat(List.of(((Quantity) comma).amount(), ((Quantity) dot).amount()))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyInAnyOrder(a.decimalReading(), a.thousandsReading());
        }
        readsItsOwnPlainRendering(comma, DecimalConvention.COMMA, ',');
        readsItsOwnPlainRendering(dot, DecimalConvention.DOT, '.');
    }

    /** A quantity written back plainly (no grouping, the convention's decimal mark) is read as the same number. */
    private void readsItsOwnPlainRendering(Value value, DecimalConvention convention, char decimalMark) {
        if (!(value instanceof Quantity q)) {
            return;
        }
        String plain = q.amount().toPlainString().replace('.', decimalMark);

        Value again = parser.parse(plain, convention);

        assertThat(again).as("%s read from %s", plain, convention).isInstanceOf(Quantity.class);
        assertThat(((Quantity) again).amount()).isEqualByComparingTo(q.amount());
        assertThat(((Quantity) again).decimals()).isEqualTo(q.decimals());
    }
}
