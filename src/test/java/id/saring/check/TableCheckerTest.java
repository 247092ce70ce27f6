package id.saring.check;

import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.PAGU;
import static id.saring.check.CheckFixtures.REALISASI_ANGGARAN;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SERAPAN;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.capaian;
import static id.saring.check.CheckFixtures.line;
import static id.saring.check.CheckFixtures.row;
import static id.saring.check.CheckFixtures.stated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.saring.layout.ColumnMap;
import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.model.Arah;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Stated;
import id.saring.rules.CheckSettings.InverseFormula;
import id.saring.rules.IndicatorCatalogue;
import id.saring.rules.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableCheckerTest {

    /** Every record and finding the checker passes on, in order. */
    private final List<Object> events = new ArrayList<>();
    /** The tables it passes on. */
    private final List<TableHeader> tables = new ArrayList<>();
    private final TableChecker checker = new TableChecker(RULES, new ResultListener() {
        @Override
        public void table(TableHeader table) {
            tables.add(table);
        }

        @Override
        public void capaian(CapaianResult result) {
            events.add(result);
        }

        @Override
        public void budget(BudgetResult result) {
            events.add(result);
        }

        @Override
        public void finding(Finding finding) {
            events.add(finding);
        }
    });

    private static final TableHeader CAPAIAN_TABLE = new TableHeader(FILE, SHEET, 3, 4, "Tabel 3.2 Pencapaian IKU",
            "Pemerintah Kabupaten Muara Enim", "2023", new ColumnMap(Map.of(Field.INDIKATOR, List.of(2),
                    Field.TARGET, List.of(3), Field.REALISASI, List.of(4), Field.CAPAIAN, List.of(5)), List.of(8),
                    List.of(), "2023"));

    private static final TableHeader BUDGET_TABLE = new TableHeader(FILE, SHEET, 1, 1, "Laporan Realisasi Anggaran",
            "Pemerintah Kabupaten Muara Enim", "2023", new ColumnMap(Map.of(Field.URAIAN, List.of(0), Field.PAGU,
                    List.of(PAGU), Field.REALISASI_ANGGARAN, List.of(REALISASI_ANGGARAN), Field.SERAPAN,
                    List.of(SERAPAN)), List.of(), List.of(), "2023"));

    private List<CapaianResult> capaianResults() {
        return events.stream().filter(CapaianResult.class::isInstance).map(CapaianResult.class::cast).toList();
    }

    private List<BudgetResult> budgetResults() {
        return events.stream().filter(BudgetResult.class::isInstance).map(BudgetResult.class::cast).toList();
    }

    private static String where(Finding f) {
        Location at = f.location();
        return f.category().code() + " " + (at.cell().isEmpty() ? "row " + at.row() : at.cell());
    }

    private List<Finding> findings() {
        return events.stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList();
    }

    @Test
    void eachTableIsPassedOnWhenItStarts() {
        checker.startTable(CAPAIAN_TABLE);
        checker.endTable();
        checker.startTable(BUDGET_TABLE);
        checker.endTable();

        assertThat(tables).containsExactly(CAPAIAN_TABLE, BUDGET_TABLE);
        assertThat(events).isEmpty();
    }

    @Test
    void capaianRecordTakesItsDirectionFromTheCatalogueAndIsRecomputedAtTwoDecimals() {
        checker.startTable(CAPAIAN_TABLE);
        CapaianRecord miskin = capaian(1968, "9. Persentase Penduduk Miskin", "10,39", "10,93", "95,06");
        checker.capaian(miskin);
        checker.endTable();

        assertThat(events).hasSize(2);
        CapaianResult result = (CapaianResult) events.get(0);
        assertThat(result.record()).isEqualTo(miskin);
        assertThat(result.arah()).isEqualTo(Arah.TURUN);
        assertThat(result.capaianHitung()).contains(new BigDecimal("94.80"));
        assertThat(result.predikat()).isEqualTo("Sangat Tinggi");
        Finding finding = (Finding) events.get(1);
        assertThat(finding.rule()).isEqualTo("capaian.inverse-formula");
        assertThat(finding.location().cell()).isEqualTo("F1968");
    }

    @Test
    void predikatIsTheBandOfTheRecomputedCapaianOnThePredicateScale() {
        checker.startTable(CAPAIAN_TABLE);
        checker.capaian(capaian(5, "Indeks Kepuasan Masyarakat", "84", "79,35", "94,05%"));
        checker.capaian(capaian(6, "Persentase Penyediaan Gaji dan Tunjangan ASN", "100 %", "79%", "79 %"));
        checker.capaian(capaian(7, "Persentase Ketepatan", "100", "90,99", "90,99"));
        checker.capaian(capaian(8, "Persentase Ketepatan", "100", "91", "91"));
        checker.endTable();

        assertThat(capaianResults()).extracting(CapaianResult::capaianHitung).containsExactly(
                Optional.of(new BigDecimal("94.46")), Optional.of(new BigDecimal("79.00")),
                Optional.of(new BigDecimal("90.99")), Optional.of(new BigDecimal("91.00")));
        assertThat(capaianResults()).extracting(CapaianResult::predikat).containsExactly("Sangat Tinggi", "Tinggi",
                "Tinggi", "Sangat Tinggi");
        assertThat(findings()).filteredOn(f -> f.category() == Category.CAPAIAN_MISMATCH)
                .extracting(f -> f.location().cell()).containsExactly("F5");
        // "Persentase …" names no catalogue entry and no keyword: its direction naik is assumed, and said
        assertThat(findings()).filteredOn(f -> f.category() == Category.UNKNOWN_INDICATOR)
                .extracting(f -> f.location().row()).containsExactly(6, 7, 8);
        // the same indicator twice in one table is also a duplicate, reported on the whole second row
        assertThat(findings()).filteredOn(f -> f.category() == Category.DUPLICATE_RECORD)
                .extracting(f -> f.location().row(), f -> f.location().cell()).containsExactly(tuple(8, ""));
    }

    @Test
    void recordWithoutSatuanWhoseValuesArePercentsGetsPercent() {
        checker.startTable(CAPAIAN_TABLE);
        checker.capaian(capaian(577,
                "Persentase Desa yang memiliki administrasi umum pemerintah dengan kualitas baik.", "80%", "97%",
                "100%"));
        checker.capaian(capaian(578, "Indeks Kepuasan Masyarakat", "84", "79,4", "94,52"));
        checker.endTable();

        assertThat(capaianResults()).extracting(r -> r.record().satuan()).containsExactly("%", "");
        assertThat(capaianResults().get(0).capaianHitung()).contains(new BigDecimal("121.25"));
        assertThat(findings()).extracting(Finding::rule).containsExactly("capaian.capped");
    }

    @Test
    void capaianThatCannotBeComputedHasNoFigureAndNoPredikatAndSaysWhy() {
        // seed 004 l.918: Nilai AKIP Sekretariat Daerah, target B, realisasi CC, capaian written as 80
        checker.startTable(CAPAIAN_TABLE);
        checker.capaian(capaian(12, "Nilai AKIP Sekretariat Daerah", "B", "CC", "80"));
        checker.endTable();

        assertThat(capaianResults()).singleElement().satisfies(r -> {
            assertThat(r.arah()).isEqualTo(Arah.NAIK);
            assertThat(r.capaianHitung()).isEmpty();
            assertThat(r.predikat()).isEmpty();
        });
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.NOT_COMPUTABLE);
            assertThat(f.location().cell()).isEqualTo("F12");
        });
    }

    @Test
    void aGradeAgainstTheSameGradeIs100AndGetsItsPredikat() {
        // seed 004 l.917: Nilai SAKIP., B of B, capaian written as 100
        checker.startTable(CAPAIAN_TABLE);
        checker.capaian(capaian(12, "Nilai SAKIP.", "B", "B", "100"));
        checker.endTable();

        assertThat(capaianResults()).singleElement().satisfies(r -> {
            assertThat(r.capaianHitung()).contains(new BigDecimal("100.00"));
            assertThat(r.predikat()).isEqualTo("Sangat Tinggi");
        });
        assertThat(findings()).isEmpty();
    }

    @Test
    void anIndicatorsOwnInverseFormulaWinsOverTheRegions() {
        // seed 000 l.1970: a catalogue whose poverty entry computes target / realisasi, as Muara Enim does
        IndicatorCatalogue.Entry miskin = new IndicatorCatalogue.Entry("Persentase Penduduk Miskin",
                List.of("persentase penduduk miskin"), Arah.TURUN, "%", Optional.empty(), Optional.empty(),
                Optional.of(InverseFormula.RATIO), Optional.empty());
        RuleSet rules = new RuleSet(RULES.columns(), RULES.grades(), new IndicatorCatalogue(List.of(miskin),
                Map.of(), Arah.NAIK, IndicatorCatalogue.Proportions.NONE), RULES.scales(), RULES.checks(),
                RULES.budget(), RULES.profiles(), "", RULES.values());
        List<Object> seen = new ArrayList<>();
        TableChecker own = new TableChecker(rules, new ResultListener() {
            @Override
            public void table(TableHeader table) {
            }

            @Override
            public void capaian(CapaianResult result) {
                seen.add(result);
            }

            @Override
            public void budget(BudgetResult result) {
            }

            @Override
            public void finding(Finding finding) {
                seen.add(finding);
            }
        });

        own.startTable(CAPAIAN_TABLE);
        own.capaian(capaian(1968, "9. Persentase Penduduk Miskin", "10,39", "10,93", "95,06"));
        own.endTable();

        assertThat(seen).singleElement().isInstanceOfSatisfying(CapaianResult.class,
                r -> assertThat(r.capaianHitung()).contains(new BigDecimal("95.06")));
    }

    @Test
    void recordChecksReportOnceWhatTheyFind() {
        // seed 000 l.1980: Penghargaan Pembangunan Daerah, realisasi and capaian "-"; a grade no scale knows; an
        // indicator the catalogue does not know
        checker.startTable(CAPAIAN_TABLE);
        checker.capaian(capaian(20, "16. Penghargaan Pembangunan Daerah", "Nominasi", "-", "-"));
        checker.capaian(capaian(21, "Nilai SAKIP", "BB", "BBB", "100"));
        checker.capaian(capaian(22, "Persentase pemberdayaan masyarakat yang difasilitasi", "80", "90", "112,5"));
        checker.endTable();

        assertThat(findings()).extracting(TableCheckerTest::where).containsExactly("missing-value E20",
                "unknown-grade E21", "unknown-indicator row 22");
    }

    @Test
    void budgetLinesAreCheckedForMissingAndNegativeAmounts() {
        checker.startTable(BUDGET_TABLE);
        // seed 000 l.2958, with its pagu left empty, and with its realisasi typed as a negative
        checker.budget(line(27, "Belanja Pegawai", "", "905.296.146.233,22"));
        checker.endTable();
        checker.startTable(BUDGET_TABLE);
        checker.budget(line(28, "Belanja Pegawai", "1.018.111.989.103", "(905.296.146.233,22)"));
        checker.endTable();

        assertThat(findings()).extracting(TableCheckerTest::where).containsExactly("missing-value B27",
                "out-of-range C28");
    }

    @Test
    void damagedNumbersOfTheRecordAndOfItsOtherYearsAreReported() {
        CapaianRecord r = capaian(10, "Persentase Ketepatan Kebijakan", "89,00 4,00", "98", "108");
        CapaianRecord withOthers = new CapaianRecord(r.location(), r.opd(), r.tahun(), r.sasaran(), r.indikator(),
                r.satuan(), r.target(), r.realisasi(), r.capaian(), r.predikat(),
                List.of(stated("30,393.434.000,00", 8)));

        checker.startTable(CAPAIAN_TABLE);
        checker.capaian(withOthers);
        checker.endTable();

        assertThat(findings()).filteredOn(f -> f.category() == Category.UNPARSEABLE_VALUE)
                .extracting(f -> f.location().cell()).containsExactly("D10", "I10");
        assertThat(findings()).extracting(Finding::category).containsOnly(Category.UNPARSEABLE_VALUE,
                Category.UNKNOWN_INDICATOR);
        assertThat(events.get(0)).isInstanceOf(CapaianResult.class);
    }

    @Test
    void budgetLinesArePlacedAbsorptionRecomputedAndOverrunsFoundInExpenditure() {
        // seed 000 l.2950-2952 and l.2989-2993
        checker.startTable(BUDGET_TABLE);
        checker.budget(line(2950, "LAIN-LAIN PENDAPATAN DAERAH YANG SAH", "8.893.848.284", "13.150.507.207,00"));
        checker.budget(line(2951, "Pendapatan Hibah", "3.894.136.000", "1.006.407.510,00"));
        checker.budget(line(2952, "Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan",
                "4.999.712.284", "12.144.099.697,00"));
        checker.budget(line(2989, "PENGELUARAN PEMBIAYAAN", "56.278.516.132", "54.861.133.130,00"));
        checker.budget(line(2990, "Pembentukan Dana Cadangan", "30.000.000.000", "30.000.000.000,00"));
        checker.budget(line(2991, "Penyertaan Modal Daerah", "20.000.000.000", "18.582.617.000,00"));
        checker.budget(line(2992, "Pembayaran Cicilan Pokok Utang yang Jatuh Tempo", "6.278.516.132",
                "6.278.516.139,00"));
        checker.budget(line(2993, "JUMLAH PENGELUARAN PEMBIAYAAN", "56.278.516.132", "54.861.133.130,00"));
        checker.endTable();

        assertThat(budgetResults()).extracting(BudgetResult::level).containsExactly(BudgetLevel.TOTAL,
                BudgetLevel.UNKNOWN, BudgetLevel.UNKNOWN, BudgetLevel.TOTAL, BudgetLevel.JENIS_BELANJA,
                BudgetLevel.JENIS_BELANJA, BudgetLevel.JENIS_BELANJA, BudgetLevel.TOTAL);
        // revenue above its target is no overrun: 242,90 %
        assertThat(budgetResults().get(2).serapanHitung()).contains(new BigDecimal("242.90"));
        assertThat(budgetResults().get(6).serapanHitung()).contains(new BigDecimal("100.00"));
        assertThat(findings()).filteredOn(f -> f.category() == Category.BUDGET_OVERRUN)
                .extracting(f -> f.location().cell()).containsExactly("C2992");
        assertThat(findings()).filteredOn(f -> f.category() == Category.SUM_MISMATCH)
                .extracting(f -> f.location().cell()).containsExactlyInAnyOrder("C2989", "C2993");
        assertThat(findings()).hasSize(3);
    }

    @Test
    void eachTableHasItsOwnTotals() {
        checker.startTable(BUDGET_TABLE);
        checker.budget(line(3, "Belanja Pegawai", "100", "90"));
        checker.budget(line(4, "Belanja Barang", "50", "40"));
        checker.endTable();
        checker.startTable(BUDGET_TABLE);
        checker.budget(line(10, "Belanja Modal", "70", "60"));
        checker.budget(line(11, "Jumlah", "70", "60"));
        checker.endTable();

        assertThat(findings()).isEmpty();
        assertThat(budgetResults()).extracting(BudgetResult::level).last().isEqualTo(BudgetLevel.TOTAL);
    }

    @Test
    void budgetLineResultComesBeforeItsFindings() {
        checker.startTable(BUDGET_TABLE);
        BudgetLine l = new BudgetLine(row(868), "Kecamatan Sumber Harta", "2023", BudgetLevel.PROGRAM, "",
                "Program Pemberdayaan Masyarakat Desa dan Kelurahan", false, stated("241.647.000", PAGU),
                stated("239.107.600", REALISASI_ANGGARAN), stated("97%", SERAPAN), List.<Stated>of());
        checker.budget(l);
        checker.endTable();

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new BudgetResult(l, BudgetLevel.PROGRAM, Optional.empty(),
                Optional.of(new BigDecimal("98.95"))));
        assertThat(((Finding) events.get(1)).category()).isEqualTo(Category.ABSORPTION_MISMATCH);
    }

    @Test
    void linesBelowAProgrammeAreToldApartByTheirSumsAndTheirGroupsChecked() {
        // seed 003 l.889-915 in part, with a Jumlah row the seed does not have
        checker.startTable(BUDGET_TABLE);
        checker.budget(line(889, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota", "", ""));
        LevelInferenceTest.PENUNJANG.subList(0, 3).forEach(checker::budget);
        checker.budget(line(906, "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik", "", ""));
        checker.budget(line(908, "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "15.212.800",
                "15.212.800"));
        checker.budget(line(909, "Koordinasi /sinergi Perencanaan dan Pelaksanaan kegiatan Pemerintahan", "15.212.800",
                "15.212.800"));
        checker.budget(line(913, "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "", ""));
        checker.budget(line(914, "Kegiatan Pemberdayaan Kelurahan", "241.647.000", "239.107.600"));
        checker.budget(line(915, "Pemberdayaan Masyarakat di Kelurahan", "241.647.000", "239.107.600"));
        checker.budget(line(933, "Jumlah", "1.796.480.140", "1.701.909.973"));
        checker.endTable();

        assertThat(budgetResults()).extracting(r -> r.line().location().row())
                .containsExactly(889, 890, 891, 894, 906, 908, 909, 913, 914, 915, 933);
        assertThat(budgetResults()).extracting(BudgetResult::level).containsExactly(BudgetLevel.PROGRAM,
                BudgetLevel.KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.PROGRAM,
                BudgetLevel.KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.PROGRAM, BudgetLevel.KEGIATAN,
                BudgetLevel.SUB_KEGIATAN, BudgetLevel.TOTAL);
        // 1.523.620.340 + 15.212.800 + 241.647.000 = 1.780.480.140: the stated total is 16.000.000 too high,
        // which only a total that counts kegiatan once, not sub-kegiatan again, can tell
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.SUM_MISMATCH);
            assertThat(f.location().row()).isEqualTo(933);
            assertThat(f.location().column()).isEqualTo(PAGU);
            assertThat(f.expected()).isEqualTo("1780480140");
        });
    }
}
