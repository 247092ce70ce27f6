package id.saring.check;

import static id.saring.check.CapaianRows.record;
import static id.saring.check.CheckFixtures.CAPAIAN;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Arah;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotComputableCheckTest {

    private final NotComputableCheck check = new NotComputableCheck(new Findings(RULES.checks()));
    private final CapaianCheck capaian = new CapaianCheck(RULES.checks(), new Findings(RULES.checks()));

    @Test
    void aZeroTargetIsNotComputableAtTheCapaianCellAndSaysWhy() {
        // seed 000 l.1488: SK … Tanah Obyek Landreform, 0 of 0 written as 100 %
        CapaianRecord r = record(1488, "SK Bupati/Wali kota tentang Penetapan Tanah Obyek Landreform", "", "0", "0",
                "100%");
        assertThat(capaian.check(r, Arah.NAIK).value()).isEmpty();

        Finding f = check.check(r, Arah.NAIK).orElseThrow();

        assertThat(f).isEqualTo(new Finding(new Location(FILE, SHEET, 1488, CAPAIAN), Category.NOT_COMPUTABLE,
                "capaian.not-computable", Severity.INFO, Message.of("not-computable.stated", "100%", "F1488", "0", "0",
                        Message.of("not-computable.zero-target")),
                "100%", ""));
        assertThat(new MessageCatalog(Language.ID).render(f.message())).isEqualTo("Capaian tertulis 100% di sel F1488 "
                + "tidak dapat diperiksa, karena capaian tidak dapat dihitung ulang dari target 0 dan realisasi 0: "
                + "targetnya 0, dan pembagian dengan nol tidak menghasilkan angka.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                          | arah    | target  | realisasi | reason
            004 l.918: B against CC                           | NAIK    | B       | CC        | not-computable.grades
            000 l.2449: Nominasi against Tidak masuk nominasi | NAIK    | Nominasi| Tidak masuk nominasi | not-computable.grades
            004 l.912: CC against A (86,45)                   | NAIK    | CC      | A (86,45) | not-computable.grade-without-score
            a grade against a figure                          | NAIK    | 80      | B         | not-computable.grade-without-score
            004 l.913: 3 ± 1 against 3 ± 1                    | RENTANG | 3 ± 1   | 3 ± 1     | not-computable.band-realisasi
            a band target of a naik indicator                 | NAIK    | 80 - 90 | 85        | not-computable.band-target
            000 l.1501: 0 of 0 written as 0 %                 | NAIK    | 0       | 0         | not-computable.zero-target
            zero realisasi of a turun indicator               | TURUN   | 5       | 0         | not-computable.zero-realisasi
            """)
    void eachReasonIsNamed(String source, Arah arah, String target, String realisasi, String reason) {
        CapaianRecord r = record(7, "Indikator", "", target, realisasi, "100");
        assertThat(capaian.check(r, arah).value()).as("not computable").isEmpty();

        Finding f = check.check(r, arah).orElseThrow();

        assertThat(((Message) f.message().args().get(4)).key()).isEqualTo(reason);
    }

    @Test
    void theReasonNamesTheGradesAndTheBand() {
        Finding grades = check.check(record(918, "Nilai AKIP Sekretariat Daerah", "", "B", "CC", "80"), Arah.NAIK)
                .orElseThrow();
        Finding band = check.check(record(5, "Indikator", "", "80 - 90", "85", ""), Arah.NAIK).orElseThrow();

        assertThat(grades.message().args().get(4)).isEqualTo(Message.of("not-computable.grades", "B", "CC"));
        assertThat(band.message().args().get(4)).isEqualTo(Message.of("not-computable.band-target",
                new BigDecimal("80"), new BigDecimal("90"), "naik"));
    }

    @Test
    void withoutACapaianColumnTheTargetCellCarriesIt() {
        // seed 004 l.912 in a table of target and realisasi only
        Finding f = check.check(record(912, "Indeks Reformasi Hukum", "", "CC", "A (86,45)", null), Arah.NAIK)
                .orElseThrow();

        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 912, TARGET));
        assertThat(f.message().key()).isEqualTo("not-computable");
        assertThat(f.value()).isEqualTo("CC");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                          | target     | realisasi
            targets only: 004 l.782 (PK)                    | B          | null
            a capaian-only table: 004 Tabel 3.3             | null       | null
            a missing realisasi is a missing-value: l.1980  | Nominasi   | -
            an unreadable target is reported as such        | 89,00 4,00 | 90
            a grade no scale knows is an unknown-grade      | BBB        | B
            """)
    void recordsWithoutTwoReadableFiguresAreLeftToOtherChecks(String name, String target, String realisasi) {
        assertThat(check.check(record(9, "Indikator", "", target, realisasi, null), Arah.NAIK)).isEmpty();
    }
}
