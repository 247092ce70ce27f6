package id.saring.check;

import static id.saring.check.CapaianRows.record;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.REALISASI;
import static id.saring.check.CheckFixtures.REALISASI_ANGGARAN;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.TARGET;
import static id.saring.check.CheckFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.rules.BudgetRules.Section;
import id.saring.rules.IndicatorCatalogue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OutOfRangeCheckTest {

    private final OutOfRangeCheck check = new OutOfRangeCheck(new Findings(RULES.checks()));
    private final IndicatorCatalogue catalogue = RULES.indicators();

    private List<Finding> check(CapaianRecord record) {
        Optional<IndicatorCatalogue.Entry> entry = catalogue.entryOf(record.indikator());
        return check.check(record, entry, IndicatorUnit.of(record, entry, RULES.values()),
                catalogue.isProportion(record.indikator()), s -> false);
    }

    @Test
    void aShareAbove100IsOutOfRangeAtItsCell() {
        // seed 001 l.581: Persentase Desa …, target 80 %, realisasi 97 % typed as 970 %
        List<Finding> found = check(record(581,
                "Persentase Desa yang memiliki administrasi umum pemerintah dengan kualitas baik.", "", "80%", "970%",
                "100%"));

        assertThat(found).containsExactly(new Finding(new Location(FILE, SHEET, 581, REALISASI),
                Category.OUT_OF_RANGE, "value.range", Severity.ERROR, Message.of("range.share", "970%", "E581",
                        new BigDecimal("100"), "Persentase Desa yang memiliki administrasi umum pemerintah dengan "
                                + "kualitas baik."),
                "970%", "100"));
    }

    @Test
    void aPlainNumberOfAShareWithoutASatuanIsAPercentToo() {
        // seed 003 l.566: Persentase Pengaduan …, target 92 %, realisasi 87 typed as 187
        Finding f = check(record(566, "Persentase Pengaduan masyarakat terkait Ketentraman dan Ketertiban Umum", "",
                "92%", "187", "94%")).get(0);

        assertThat(f.location().cell()).isEqualTo("E566");
        assertThat(f.expected()).isEqualTo("100");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | indikator                                            | satuan | realisasi
            a share of 100 % exactly: 001 l.585         | Persentase pelayanan Administrasi terpadu (MAD)      | %      | 100%
            a growth rate is no share                   | Persentase pertumbuhan ekonomi                       | %      | 134,69
            a count under a share's name                | Persentase Desa Yang tertib Administrasi             | Desa   | 187
            a name that is no share: 004 l.984          | Terlaksananya pengkoordinasian dan pemantauan        | %      | 135%
            money is no share                           | Persentase ARG pada belanja langsung APBD            | ''     | Rp 154.171.890.711
            """)
    void onlyAPercentOfAShareIsHeldTo100(String name, String indikator, String satuan, String realisasi) {
        assertThat(check(record(9, indikator, satuan, "100", realisasi, ""))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}: {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                  | indikator                  | target | realisasi | key         | limit | entry
            004 l.911 Nilai LPPD 2,85 typed as 28,5    | Nilai LPPD                 | 3,22   | 28,5      | range.above | 4     | Nilai LPPD
            000 l.1968 Gini 0,313 typed as 31,3        | 7. Indeks Gini Ratio       | 0,31   | 31,3      | range.above | 1     | Indeks Gini
            003 l.564 IKM 79,35 typed as 793,5         | Indeks Kepuasan masyarakat | 84     | 793,5     | range.above | 100   | Indeks Kepuasan Masyarakat
            a negative IKM                             | Indeks Kepuasan masyarakat | 84     | -79,35    | range.below | 25    | Indeks Kepuasan Masyarakat
            """)
    void aFigureBeyondItsCatalogueEntrysLimitsIsOutOfRange(String source, String indikator, String target,
            String realisasi, String key, String limit, String entry) {
        Finding f = check(record(7, indikator, "", target, realisasi, "")).get(0);

        assertThat(f.category()).isEqualTo(Category.OUT_OF_RANGE);
        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 7, REALISASI));
        assertThat(f.message().key()).isEqualTo(key);
        assertThat(f.message().args()).containsExactly(realisasi, "E7", new BigDecimal(limit), entry);
        assertThat(f.value()).isEqualTo(realisasi);
        assertThat(f.expected()).isEqualTo(limit);
    }

    @Test
    void figuresWithinTheirLimitsAreInRange() {
        // seed 004 l.911 and 000 l.1968 as they are
        assertThat(check(record(911, "Nilai LPPD", "", "3,22", "2,85", "88.51"))).isEmpty();
        assertThat(check(record(1968, "7. Indeks Gini Ratio", "", "0,31", "0,313", "99,04"))).isEmpty();
        // a grade has no figure to hold: 000 l.1982 Nilai LPPD Sedang
        assertThat(check(record(1982, "18. Nilai LPPD", "", "Sedang", "Sedang", "100"))).isEmpty();
    }

    @Test
    void bothTargetAndRealisasiAreCheckedEachOnce() {
        // a share that is also an entry with limits reports the first limit it passes only
        List<Finding> found = check(record(5, "Persentase Penduduk Miskin", "%", "110", "-10,93", ""));

        assertThat(found).extracting(f -> f.location().column()).containsExactly(TARGET, REALISASI);
        assertThat(found).extracting(f -> f.message().key()).containsExactly("range.share", "range.below");
    }

    @Test
    void aFigureAnotherCheckReportsIsLeftToIt() {
        CapaianRecord r = record(1818, "Persentase Tenaga Kerja Bersertifikat Kompetensi", "%", "100",
                "117.153,58%", "");
        Optional<IndicatorCatalogue.Entry> none = Optional.empty();

        assertThat(check.check(r, none, IndicatorUnit.of(r, none, RULES.values()), true,
                s -> s.shown().equals("117.153,58%"))).isEmpty();
    }

    @Test
    void aNegativeAmountOnASpendingLineIsOutOfRange() {
        // seed 000 l.2958: Belanja Pegawai with its realisasi typed in parentheses
        BudgetLine pegawai = line(2958, "Belanja Pegawai", "1.018.111.989.103", "(905.296.146.233,22)");

        List<Finding> found = check.check(pegawai, Optional.of(Section.EXPENDITURE));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.OUT_OF_RANGE);
            assertThat(f.rule()).isEqualTo("value.range");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 2958, REALISASI_ANGGARAN));
            assertThat(f.message()).isEqualTo(Message.of("range.negative", "(905.296.146.233,22)", "C2958",
                    BigDecimal.ZERO, Message.of("column.realisasi")));
            assertThat(f.value()).isEqualTo("(905.296.146.233,22)");
            assertThat(f.expected()).isEqualTo("0");
        });
        assertThat(check.check(pegawai, Optional.empty())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Section.class, names = {"REVENUE", "FINANCING", "BALANCE"})
    void aNegativeAmountOutsideSpendingIsNoError(Section section) {
        // seed 000 l.2981: SURPLUS/DEFISIT (863.048.605.489)
        assertThat(check.check(line(2981, "SURPLUS/DEFISIT", "(863.048.605.489)", "(264.166.235.649,19)"),
                Optional.of(section))).isEmpty();
    }

    @Test
    void theLimitsAreABeanValidationConstraintWhosePayloadNamesTheCategory() {
        LimitedFigure figure = new LimitedFigure(new Location(FILE, SHEET, 911, REALISASI), "28,5",
                new BigDecimal("28.5"), Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("4")),
                LimitedFigure.Limit.INDICATOR, "Nilai LPPD");
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<LimitedFigure>> violations = validator.validate(figure);

            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.getMessageTemplate()).isEqualTo("range.above");
                assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(WithinLimits.class);
                assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(LimitedFigure.OutOfRange.class);
                assertThat(LimitedFigure.OutOfRange.class.getAnnotation(ReportedAs.class).value())
                        .isEqualTo(Category.OUT_OF_RANGE);
            });
            assertThat(validator.validate(new LimitedFigure(figure.at(), "2,85", new BigDecimal("2.85"),
                    figure.min(), figure.max(), figure.limit(), figure.subject()))).isEmpty();
        }
    }
}
