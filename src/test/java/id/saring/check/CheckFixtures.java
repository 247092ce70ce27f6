package id.saring.check;

import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Location;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.model.Value.Quantity;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import id.saring.value.DecimalConvention;
import id.saring.value.IndoNumberParser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Records built the way the value stage builds them: cell text read by {@link IndoNumberParser} with the
 * Indonesian decimal comma, with the bundled rules of {@code rules/}.
 */
final class CheckFixtures {

    static final String FILE = "iku-2023.xlsx";
    static final String SHEET = "IKU 2023";
    /** Columns of a capaian table: target D, realisasi E, capaian F. */
    static final int TARGET = 3;
    static final int REALISASI = 4;
    static final int CAPAIAN = 5;
    /** Columns of a budget table: uraian A, pagu B, realisasi C, serapan D. */
    static final int PAGU = 1;
    static final int REALISASI_ANGGARAN = 2;
    static final int SERAPAN = 3;

    static final RuleSet RULES = loadRules();
    static final IndoNumberParser PARSER = new IndoNumberParser(RULES.grades());

    private CheckFixtures() {
    }

    private static RuleSet loadRules() {
        try {
            return new RuleLoader().load(Path.of("rules"), Optional.empty());
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cell as the value stage states it; an empty text is a blank cell of the column. */
    static Stated stated(String text, int column) {
        return new Stated(PARSER.parse(text, DecimalConvention.COMMA), text, column);
    }

    /** A budget amount: a dash means zero rupiah, as in the value stage. */
    static Stated amount(String text, int column) {
        Value v = PARSER.parse(text, DecimalConvention.COMMA);
        if (v instanceof Value.Blank b && b.dash()) {
            v = Quantity.plain(BigDecimal.ZERO);
        }
        return new Stated(v, text, column);
    }

    static Location row(int row) {
        return new Location(FILE, SHEET, row, -1);
    }

    static CapaianRecord capaian(int row, String indikator, String target, String realisasi, String capaian) {
        return new CapaianRecord(row(row), "Kecamatan Sumber Harta", "2023", "", indikator, "",
                stated(target, TARGET), stated(realisasi, REALISASI), stated(capaian, CAPAIAN), Stated.absent(),
                List.of());
    }

    static BudgetLine line(int row, String uraian, String pagu, String realisasi) {
        return line(row, BudgetLevel.UNKNOWN, uraian, pagu, realisasi, "");
    }

    static BudgetLine line(int row, BudgetLevel columnLevel, String uraian, String pagu, String realisasi,
            String serapan) {
        boolean total = uraian.strip().toLowerCase(java.util.Locale.ROOT).startsWith("jumlah");
        return new BudgetLine(row(row), "Pemerintah Kabupaten Muara Enim", "2023", columnLevel, "", uraian, total,
                amount(pagu, PAGU), amount(realisasi, REALISASI_ANGGARAN),
                serapan.isEmpty() ? Stated.absent() : stated(serapan, SERAPAN), List.of());
    }

    static BigDecimal dec(String plain) {
        return new BigDecimal(plain);
    }
}
