package id.saring.bench;

import id.saring.rules.RuleLoader;
import id.saring.value.DecimalConvention;
import id.saring.value.IndoNumberParser;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link IndoNumberParser} on the cell texts of agency tables, in the proportions a budget-heavy workbook has them:
 * mostly rupiah amounts and percents, some grades, dashes and damaged numbers. One operation parses the whole mix
 * once, so ops/s × {@link #CELLS} is cells per second.
 *
 * <p>The grades come from the bundled rule files, as in a run: {@code -Dsaring.rules=DIR} names the folder
 * (bench/run passes the repository's {@code rules/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBench {

    /** Seed forms (domain.md "How numbers are written"): amounts, percents, grades, blanks, damage. */
    static final String[] CELLS = {
        "Rp 3.489.328.596,-", "Rp. 2.716.508.396,00", "1.737.188.558", "15.212.800", "141,531,258,069",
        "3.072.122.820.707,93", "(863.048.605.489)", "89.88 %", "91,19 %", "94,05%", "100%", "1.234,56", "100",
        "79,35", "84", "0,313", "BB", "A (86,45)", "B(64,59)", "-", "", "N/A", "4,333E+09", "11.879.357.00",
        "Minimal 3,226", "3 ± 1", "18 Orang", "Rp.10,95 juta", "55.17", "1.234",
    };

    private IndoNumberParser parser;

    @Setup
    public void load() throws Exception {
        Path rules = Path.of(System.getProperty("saring.rules", "rules"));
        parser = new IndoNumberParser(new RuleLoader().load(rules, Optional.empty()).grades());
    }

    /** The mix under the comma convention most agency tables settle on. */
    @Benchmark
    public void commaTable(Blackhole sink) {
        for (String cell : CELLS) {
            sink.consume(parser.parse(cell, DecimalConvention.COMMA));
        }
    }

    /** The mix where nothing has settled the convention yet: {@code 1.234} comes out ambiguous. */
    @Benchmark
    public void unsettledTable(Blackhole sink) {
        for (String cell : CELLS) {
            sink.consume(parser.parse(cell, DecimalConvention.UNSETTLED));
        }
    }
}
