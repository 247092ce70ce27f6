package id.saring.check;

import static id.saring.check.CheckFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.check.SeedTables.Table;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets of several years against the indicator's direction, from the seeds' multi-year tables. */
class TargetTrendCheckTest {

    /** The analysis tables' header, 000 l.2263-2264: last year's and this year's target, and the RPJMD's. */
    private static final String ANALISIS = """
            Indikator Sasaran\tSatuan\tTahun 2022\t\tCapaian Kinerja Tahun 2022 (%)\tTahun 2023\t\tCapaian Kinerja Tahun 2023 (%)\tRPJMD 2018-2023\t\tCapaian Kinerja 2023 (%)
            \t\tTarget\tRealisasi\t\tTarget\tRealisasi\t\tTarget 2023\tRealisasi 2023\t
            """;
    /** Tabel 2.1 of the Setda Bengkulu Selatan's LKj, 004 l.668-670: the Renstra's targets for 2022-2026. */
    private static final String RENSTRA = """
            NO\tTUJUAN\tINDIKATOR TUJUAN\tSASARAN\tINDIKATOR SASARAN\tTARGET KINERJA SASARAN PADA TAHUN\t\t\t\t
            \t\t\t\t\t2022\t2023\t2024\t2025\t2026
            (1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)
            """;

    private final TargetTrendCheck check = new TargetTrendCheck(new GradeOrder(RULES.scales().values()),
            new Findings(RULES.checks()));
    private final MessageCatalog id = new MessageCatalog(Language.ID);
    private final MessageCatalog en = new MessageCatalog(Language.EN);

    private List<Finding> check(Table table) {
        check.startTable(table.header());
        List<Finding> found = new ArrayList<>();
        for (CapaianRecord r : table.capaian()) {
            found.addAll(check.check(r, RULES.indicators().entryOf(r.indikator()),
                    RULES.indicators().directionOf(r.indikator())));
        }
        return found;
    }

    private static Table analisis(int first, String rows) {
        return SeedTables.table("analisis-capaian-sasaran-2023.xls", "", "Pemerintah Kabupaten Muara Enim", first,
                ANALISIS + rows);
    }

    private static Table renstra(String rows) {
        return SeedTables.table("tujuan-sasaran-renstra-2021-2026.xlsx", "Tabel 2.1",
                "Sekretariat Daerah Kabupaten Bengkulu Selatan", 668, RENSTRA + rows);
    }

    @Test
    void aGradeTargetBelowLastYearsIsReportedOnThisYearsCell() {
        // 000 l.2265-2266: Indeks Inovasi Daerah, target 2022 "Kabupaten terinovatif", target 2023 only "Inovatif"
        List<Finding> found = check(analisis(2263, """
                Indeks Pelayanan Publik\tIndeks\tB\tA - (4,10)\t105,13\tA-\tA-\t100\tN/A\tA-\tN/A
                Indeks Inovasi Daerah\tIndeks\tKabupaten terinovatif\tInovatif\t75\tInovatif\tInovatif\t100\tN/A\tInovatif\tN/A
                """));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.TARGET_TREND);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rule()).isEqualTo("target.trend");
            assertThat(f.location().cell()).isEqualTo("F2266");
            assertThat(f.value()).isEqualTo("Inovatif");
            assertThat(f.expected()).isEmpty();
            assertThat(f.message()).isEqualTo(Message.of("trend.naik", "Indeks Inovasi Daerah", "2023", "Inovatif",
                    "F2266", "2022", "Kabupaten terinovatif"));
            assertThat(id.render(f.message())).isEqualTo("Target Indeks Inovasi Daerah tahun 2023 tertulis Inovatif di "
                    + "sel F2266, lebih rendah dari target tahun 2022 (Kabupaten terinovatif), padahal untuk indikator "
                    + "ini makin tinggi makin baik. Periksa apakah target tahun-tahun itu tertukar atau salah ketik.");
            assertThat(en.render(f.message())).isEqualTo("The target of Indeks Inovasi Daerah for 2023 is Inovatif in "
                    + "cell F2266, lower than the target for 2022 (Kabupaten terinovatif), while higher is better for "
                    + "this indicator. Check whether the years' targets were swapped or mistyped.");
        });
    }

    @Test
    void aFallingTargetOfALowerIsBetterIndicatorIsRight() {
        // 000 l.2199: poverty, target 10,92 for 2022 and 10,39 for 2023
        assertThat(check(analisis(2197, """
                Persentase Penduduk Miskin\t%\t10,92\t11,12\t98,20\t10,39\t10,93\t95,06\t10,39\t10,93\t95,06
                """))).isEmpty();
    }

    @Test
    void aRisingTargetOfALowerIsBetterIndicatorIsReported() {
        // 000 l.2199 with the two years' targets swapped, as a copy from the wrong column gives them
        List<Finding> found = check(analisis(2197, """
                Persentase Penduduk Miskin\t%\t10,39\t11,12\t98,20\t10,92\t10,93\t95,06\t10,39\t10,93\t95,06
                """));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.location().cell()).isEqualTo("F2199");
            assertThat(id.render(f.message())).isEqualTo("Target Persentase Penduduk Miskin tahun 2023 tertulis 10,92 di "
                    + "sel F2199, lebih tinggi dari target tahun 2022 (10,39), padahal untuk indikator ini makin rendah "
                    + "makin baik. Periksa apakah target tahun-tahun itu tertukar atau salah ketik.");
        });
    }

    @Test
    void renstraTargetsThatRiseYearByYearAreRight() {
        // 004 l.671-673, l.680-682: numbers and SAKIP grades that all move the indicators' way
        assertThat(check(renstra("""
                1\tMeningkatkan Tatakelola Pemerintah yang efektif, efisien dan Akuntabel\tIndeks Reformasi Birokrasi\tMeningkatnya Kebijakan di bidang Pemerintahan dan Kesejahteraan Rakyat\tNilai LPPD\t3,226\t3,30\t3,32\t3,33\t3,34
                \t\t\t\tPersentase peningkatan Kesejahteraan Masyarakat\t90%\t90%\t90%\t95%\t95%
                \t\t\t\tIndeks Reformasi Hukum\tCC\tCC\tCC\tB\tB
                \t\t\tMeningkatnya Kebijakan di bidang Administrasi Umum\tNilai RB\t47,48\t53,86\t60,24\t66,62\t73
                \t\t\t\tNilai SAKIP\tB\tB\tBB\tBB\tBB
                \t\t\t\tNilai AKIP Akip Setda\tC\tB\tB\tB\tB
                """))).isEmpty();
    }

    @Test
    void aRenstraTargetBelowTheYearBeforeIsReportedOnItsYearsCell() {
        // 004 l.680 Nilai RB with 2024's target typed into 2023 and 2023's into 2024, the slip that put 60,24 into
        // the IKU table as 2023's target (l.916)
        List<Finding> found = check(renstra("""
                1\tMeningkatkan Tatakelola Pemerintah yang efektif, efisien dan Akuntabel\tIndeks Reformasi Birokrasi\tMeningkatnya Kebijakan di bidang Administrasi Umum\tNilai RB\t47,48\t60,24\t53,86\t66,62\t73
                """));

        assertThat(found).extracting(f -> f.location().cell()).containsExactly("H671");
        assertThat(found.get(0).message()).isEqualTo(Message.of("trend.naik", "Nilai RB", "2024", "53,86", "H671",
                "2023", "60,24"));
    }

    @Test
    void bandsYesNoAndIndicatorsOfUnknownDirectionAreNotCompared() {
        // 004 l.674 and l.684 (Inflasi: a band; Opini: yes or no, here with a WDP typed for 2023); 000 l.3106 (the
        // people an SPM service must reach: no catalogue entry, 109.549 in 2022 and 93.320 in 2023)
        assertThat(check(renstra("""
                \t\t\tMeningkatnya Kebijakan di bidang Perekonomian dan Pembangunan\tIndeks Inflasi\t3 ± 1\t3 ± 1\t3 ± 1\t3 ± 1\t3 ± 1
                \t\t\t\tOpini LHP BPK\tWTP\tWDP\tWTP\tWTP\tWTP
                """))).isEmpty();
        assertThat(check(SeedTables.table("spm-pendidikan-2023.xlsx", "SPM Pendidikan", "Pemkab Muara Enim", 3101, """
                JENIS PELAYANAN DASAR\tINDIKATOR PENCAPAIAN\tTAHUN 2022\t\t\tTAHUN 2023\t
                \t\tJumlah penduduk usia sekolah\tJumlah penduduk usia sekolah yang mendapatkan pelayanan pendidikan\tCapaian= (4):(3)X100%\tJumlah penduduk usia sekolah\tTarget Jumlah penduduk yang mendapatkan pelayanan pendidikan
                (1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)
                1. PENDIDIKAN DASAR\tJumlah Warga Negara Usia 7 - 15 Tahun yang berpartisipasi dalam pendidikan dasar (SD/Mi, SMP/MTs)\t109.549\t105.196\t96,03 %\t93.320\t100%
                """))).isEmpty();
    }

    @Test
    void aTableWithTheTargetOfOneYearHasNoTrend() {
        // 000 l.1961-1962
        assertThat(check(SeedTables.table("iku-2023.xlsx", "IKU 2023", "", 1961, """
                NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN\tKRITERIA
                1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t72,33\t104\tSangat Baik
                """))).isEmpty();
    }
}
