package id.saring.check;

import static id.saring.check.CapaianRows.record;
import static id.saring.check.CheckFixtures.CAPAIAN;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.PAGU;
import static id.saring.check.CheckFixtures.REALISASI;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.TARGET;
import static id.saring.check.CheckFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingValueCheckTest {

    private final MissingValueCheck check = new MissingValueCheck(new Findings(RULES.checks()));

    @Test
    void aDashForTheRealisasiOfAnIndicatorIsMissingAtItsCell() {
        // seed 000 l.1980: Penghargaan Pembangunan Daerah, target Nominasi, realisasi and capaian "-"
        List<Finding> found = check.check(record(1980, "16. Penghargaan Pembangunan Daerah", "", "Nominasi", "-",
                "-"), Optional.empty());

        assertThat(found).containsExactly(new Finding(new Location(FILE, SHEET, 1980, REALISASI),
                Category.MISSING_VALUE, "value.missing", Severity.WARNING,
                Message.of("missing.realisasi", "E1980", Message.of("blank.dash")), "-", ""));
    }

    @Test
    void anEmptyTargetOfAnIndicatorIsMissing() {
        // seed 000 l.815: "Persentase perencanaan tata ruang yang ditaati" with its first figure left empty
        Finding f = check.check(record(815, "Persentase perencanaan tata ruang yang ditaati", "", "", "100", null),
                Optional.empty()).get(0);

        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 815, TARGET));
        assertThat(f.message()).isEqualTo(Message.of("missing.target", "D815", Message.of("blank.empty")));
        assertThat(f.value()).isEmpty();
        assertThat(f.expected()).isEmpty();
    }

    @Test
    void anIndicatorWithoutAnyFigureMissesBoth() {
        List<Finding> found = check.check(record(832,
                "Persentase arah kebijakan RPJMD yang tertuang (terintegrasi) dalam arahan KLHS RPJMD", "%", "-", "",
                ""), Optional.empty());

        assertThat(found).extracting(f -> f.message().key()).containsExactly("missing.target", "missing.realisasi");
        assertThat(found).extracting(f -> f.location().cell()).containsExactly("D832", "E832");
    }

    @Test
    void anEmptyCapaianBesideATargetAndARealisasiIsMissingAndGivesTheRecomputedOne() {
        // seed 004 l.911: Nilai LPPD 3,22 / 2,85, with its % Realisasi (88.51) left empty
        Finding f = check.check(record(911, "Nilai LPPD", "", "3,22", "2,85", ""),
                Optional.of(new BigDecimal("88.51"))).get(0);

        assertThat(f.category()).isEqualTo(Category.MISSING_VALUE);
        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 911, CAPAIAN));
        assertThat(f.message()).isEqualTo(Message.of("missing.capaian", "F911", Message.of("blank.empty"),
                new BigDecimal("88.51")));
        assertThat(f.expected()).isEqualTo("88.51");
    }

    @Test
    void anEmptyCapaianThatCannotBeRecomputedIsMissingWithoutAFigure() {
        // seed 004 l.918: Nilai AKIP Sekretariat Daerah, B against CC, with its capaian (80) left empty
        Finding f = check.check(record(918, "Nilai AKIP Sekretariat Daerah", "", "B", "CC", "-"), Optional.empty())
                .get(0);

        assertThat(f.message()).isEqualTo(Message.of("missing.capaian-not-computable", "F918",
                Message.of("blank.dash")));
        assertThat(f.value()).isEqualTo("-");
        assertThat(f.expected()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                            | indikator                         | target | realisasi | capaian
            N/A says there is nothing: 000 l.2265 RPJMD       | Indeks Pelayanan Publik           | N/A    | A-        | null
            a table of targets only: 004 l.783 (PK)           | Skor Evaluasi LPPD                | 3,22   | null      | null
            a capaian-only table: 004 Tabel 3.3               | Nilai LPPD                        | null   | null      | 2,85
            a kegiatan row without figures: 003 l.890         | ''                                | ''     | ''        | 100%
            every figure stated: 000 l.1971                   | 10. Indeks Reformasi Birokrasi    | B      | B         | 100
            """)
    void nothingIsMissingWhereNothingIsRequired(String name, String indikator, String target, String realisasi,
            String capaian) {
        assertThat(check.check(record(7, indikator, "", target, realisasi, capaian), Optional.empty())).isEmpty();
    }

    @Test
    void withoutAnIndicatorColumnARowStatingOneFigureMissesTheOther() {
        // seed 003 l.921: "1 Posko" as target and realisasi; with its realisasi left empty
        List<Finding> found = check.check(record(30, "", "Posko", "1 Posko", "", "0%"), Optional.empty());

        assertThat(found).extracting(f -> f.location().cell()).containsExactly("E30");
    }

    @Test
    void anEmptyPaguOnALineWithARealisasiIsMissing() {
        // seed 000 l.2958: Belanja Pegawai, with its pagu (1.018.111.989.103) left empty
        Finding f = check.check(line(2958, "Belanja Pegawai", "", "905.296.146.233,22")).orElseThrow();

        assertThat(f.category()).isEqualTo(Category.MISSING_VALUE);
        assertThat(f.rule()).isEqualTo("value.missing");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 2958, PAGU));
        assertThat(f.message().key()).isEqualTo("missing.pagu");
        assertThat(f.message().args().get(0)).isEqualTo("B2958");
        assertThat((BigDecimal) f.message().args().get(1)).isEqualByComparingTo("905296146233.22");
        assertThat(f.value()).isEmpty();
    }

    @Test
    void budgetLinesWithoutAmountsOrWithADashAreComplete() {
        // seed 003 l.889: a programme line without amounts; l.917: pagu "-" (zero rupiah)
        assertThat(check.check(line(889, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota", "", "")))
                .isEmpty();
        assertThat(check.check(line(917, "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum", "-",
                ""))).isEmpty();
        assertThat(check.check(line(2942, "Pajak Daerah", "90.635.401.852", ""))).isEmpty();
    }
}
