package id.saring.check;

import static id.saring.check.CheckFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.saring.check.ConflictCheck.Place;
import id.saring.check.SeedTables.Table;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Severity;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import id.saring.rules.CheckSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One indicator of one agency and year with different figures in different tables, from the seeds. */
class ConflictCheckTest {

    private static final String MUARA_ENIM = "Pemerintah Kabupaten Muara Enim";
    /** 000 l.1007-1008: the macro indicators, whose "Capaian Kinerja" of 2022 and 2023 is their realisasi. */
    private static final String MAKRO = """
            No\tIndikator Kinerja Makro\tCapaian Kinerja Tahun 2022\tCapaian Kinerja Tahun 2023\tLaju Kinerja (%)
            1\t2\t3\t4\t5
            """;
    /** 000 l.1961: the IKU table of 2023. */
    private static final String IKU = """
            NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN\tKRITERIA
            """;
    /** 000 l.2115-2116: an analysis table, with last year's target and realisasi. */
    private static final String ANALISIS = """
            Indikator Sasaran\tSatuan\tTahun 2022\t\tCapaian Kinerja Tahun 2022 (%)\tTahun 2023\t\tCapaian Kinerja Tahun 2023 (%)\tRPJMD 2018-2023\t\tCapaian Kinerja 2023 (%)
            \t\tTarget\tRealisasi\t\tTarget\tRealisasi\t\tTarget 2023\tRealisasi 2023\t
            """;

    private final ConflictCheck check = new ConflictCheck(RULES.indicators());
    private final MessageCatalog id = new MessageCatalog(Language.ID);
    private final MessageCatalog en = new MessageCatalog(Language.EN);

    private static List<Place> places(Table table, CheckSettings settings) {
        return table.capaian().stream().map(r -> new Place(new CapaianResult(r,
                RULES.indicators().directionOf(r.indikator()).arah(), Optional.empty(), ""), table.header(), settings))
                .toList();
    }

    private static List<Place> places(Table table) {
        return places(table, RULES.checks());
    }

    @SafeVarargs
    private static List<Place> all(List<Place>... lists) {
        List<Place> all = new ArrayList<>();
        for (List<Place> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private static Table makro(String agency, String rows) {
        return SeedTables.table("kinerja-makro-2023.xlsx", "Kinerja Makro", agency, 1007, MAKRO + rows);
    }

    private static Table iku(String agency, String rows) {
        return SeedTables.table("iku-2023.xlsx", "IKU 2023", agency, 1961, IKU + rows);
    }

    @Test
    void ipm2023OfTheMacroTableAndOfTheIkuTableIsReportedOnBothNamingTheOther() {
        // 000 l.1009: IPM 2023 70,24; l.1962: 72,33
        Table makro = makro("Pemkab Muara Enim", "1\tIndeks Pembangunan Manusia\t69,43\t70,24\t1,167\n");
        Table iku = iku(MUARA_ENIM, "1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t"
                + "69,55\t72,33\t104\tSangat Baik\n");

        List<Finding> found = check.check(all(places(makro), places(iku)));

        assertThat(found).extracting(f -> f.location().file(), f -> f.location().sheet(), f -> f.location().cell(),
                Finding::category, Finding::severity, Finding::value, Finding::expected).containsExactly(
                tuple("kinerja-makro-2023.xlsx", "Kinerja Makro", "D1009", Category.CONFLICTING_VALUE,
                        Severity.ERROR, "70,24", "72.33"),
                tuple("iku-2023.xlsx", "IKU 2023", "E1962", Category.CONFLICTING_VALUE, Severity.ERROR, "72,33",
                        "70.24"));
        assertThat(found.get(0).rule()).isEqualTo("indicator.conflicting-value");
        assertThat(id.render(found.get(0).message())).isEqualTo("Realisasi Indeks Pembangunan Manusia tahun 2023 "
                + "tertulis 70,24 di sel D1009, tetapi tertulis 72,33 di iku-2023.xlsx (lembar IKU 2023, sel E1962). "
                + "Periksa angka mana yang benar, lalu samakan semuanya.");
        assertThat(en.render(found.get(1).message())).isEqualTo("Realisasi of Indeks Pembangunan Manusia for 2023 "
                + "is 72,33 in cell E1962, but 70,24 in kinerja-makro-2023.xlsx (sheet Kinerja Makro, cell D1009). "
                + "Check which figure is right, then make them all the same.");
    }

    @Test
    void aFigureCopiedRoundedAgreesAndAnAgencyNamedLongerIsTheSame() {
        // 003 l.564 (IKM realisasi 79,35, Kecamatan Sumber Harta Kabupaten Musi Rawas) and l.867 (79,4, the folder's
        // Kecamatan Sumber Harta)
        Table iku = SeedTables.table("iku-2023.csv", "", "Kecamatan Sumber Harta Kabupaten Musi Rawas", 563, """
                No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )
                1\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan masyarakat\t84\t79,35\t94,05%
                """);
        Table keuangan = SeedTables.table("kinerja-anggaran-2023.xlsx", "Realisasi Keuangan", "Kecamatan Sumber Harta",
                864, """
                No\tSasaran Strategis\tIndikator Kinerja\tKinerja\t\t\tProgram\tKeuangan\t\t
                \t\t\tTarget\tRealisasi\tCapaian\t\tPagu\tRealisasi\tCapaian (%)
                1\t2\t3\t4\t5\t6\t7\t8\t9\t10
                1\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan masyarakat\t84\t79,4\t94,05%\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t49.052.750\t49.052.750\t100%
                """);

        assertThat(check.check(all(places(iku), places(keuangan)))).isEmpty();
    }

    @Test
    void amountsInTheMillionsOfTheirSatuanAreRupiah() {
        // 000 l.2117: "Rp. 10,95" and "Rp. 11,683" under satuan Juta; l.1966: "Rp.10,95 juta", "Rp. 11,683 juta"
        Table analisis = SeedTables.table("analisis-capaian-sasaran-2023.xls", "", MUARA_ENIM, 2115, ANALISIS + """
                Tingkat Daya Beli Masyarakat (Pengeluaran per kapita)\tJuta\tRp. 10,95\tRp. 11,304\t100,23\tRp. 10,95\tRp. 11,683\t106,69\tNA\tRp. 11,683\tNA
                """);
        Table iku = iku(MUARA_ENIM, "4.\tMeningkatnya standar kelayakan hidup masyarakat\t5. Tingkat Daya Beli "
                + "Masyarakat\tRp.10,95 juta\tRp. 11,683 juta\t106,69\tSangat Baik\n");

        assertThat(check.check(all(places(analisis), places(iku)))).isEmpty();
    }

    @Test
    void namesOfOneCatalogueEntryAreOneIndicatorAndLastYearsFiguresAreComparedToo() {
        // 000 l.1010 and l.1012 against l.1970 and l.2145: "Angka Kemiskinan" is "Persentase Penduduk Miskin"
        // (10,93 both); "Pertumbuhan Ekonomi" of 2022 is 8,73, "Laju Pertumbuhan Ekonomi" realised 8,39 in 2022
        Table makro = makro("Pemkab Muara Enim", """
                1010: 2\tAngka Kemiskinan\t11,12\t10,93\t1,709
                1012: 4\tPertumbuhan Ekonomi\t8,73\t8,58\t-7,18
                """);
        Table analisis = SeedTables.table("analisis-capaian-sasaran-2023.xls", "", MUARA_ENIM, 2143, ANALISIS + """
                2145: Laju Pertumbuhan Ekonomi\t%\t6,29\t8,39\t133,39\t6,37\t8,58\t134,69\t6,37\t8,58\t134,69
                """);
        Table iku = iku(MUARA_ENIM, "1970: 6.\tMenurunnya masyarakat miskin\t9. Persentase Penduduk Miskin\t10,39\t"
                + "10,93\t95,06\tBaik\n");

        List<Finding> found = check.check(all(places(makro), places(analisis), places(iku)));

        assertThat(found).extracting(f -> f.location().file(), f -> f.location().cell(), Finding::value)
                .containsExactly(tuple("kinerja-makro-2023.xlsx", "C1012", "8,73"),
                        tuple("analisis-capaian-sasaran-2023.xls", "D2145", "8,39"));
        assertThat(id.render(found.get(0).message())).isEqualTo("Realisasi Pertumbuhan Ekonomi tahun 2022 tertulis "
                + "8,73 di sel C1012, tetapi tertulis 8,39 di analisis-capaian-sasaran-2023.xls (sel D2145). Periksa "
                + "angka mana yang benar, lalu samakan semuanya.");
    }

    @Test
    void aNameHoldingAnAliasIsNotTheEntrysIndicator() {
        // 004 l.917-918 and l.932-933: Nilai SAKIP. (B) and Nilai AKIP Sekretariat Daerah (CC) in Tabel 3.2 and Tabel
        // 3.3; the second holds the alias "nilai akip" of Nilai SAKIP but is the agency's own score
        Table tabel32 = SeedTables.table("iku-2023.csv", "", "Sekretariat Daerah Kab. Bengkulu Selatan", 909, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                917: 7.\tNilai SAKIP.\tCC\tB\tB\tB\t100\tBB\t90
                8.\tNilai AKIP Sekretariat Daerah\tC\tCC\tB\tCC\t80\tBB\t60
                """);
        Table tabel33 = SeedTables.table("indikator-kinerja-lainnya-2023.xlsx", "Triwulan", "Setda Bengkulu Selatan",
                924, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2023\t2023\t\t\t
                \t\t\tTriwulan I\tTriwulan II\tTriwulan III\tTriwulan IV
                932: 6.\tNilai SAKIP.\tB\t\t\t\tB
                7.\tNilai AKIP Sekretariat Daerah\tCC\t\t\t\tCC
                """);

        assertThat(check.check(all(places(tabel32), places(tabel33)))).isEmpty();
    }

    @Test
    void aRenstraTargetOfTheYearIsComparedWithTheIkuTarget() {
        // 004 l.680: the Renstra's target 2023 of Nilai RB is 53,86; l.916: the IKU table's 60,24 (2024's)
        Table renstra = SeedTables.table("tujuan-sasaran-renstra-2021-2026.xlsx", "Tabel 2.1",
                "Sekretariat Daerah Kabupaten Bengkulu Selatan", 668, """
                NO\tTUJUAN\tINDIKATOR TUJUAN\tSASARAN\tINDIKATOR SASARAN\tTARGET KINERJA SASARAN PADA TAHUN\t\t\t\t
                \t\t\t\t\t2022\t2023\t2024\t2025\t2026
                (1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)
                680: \t\t\tMeningkatnya Kebijakan di bidang Administrasi Umum\tNilai RB\t47,48\t53,86\t60,24\t66,62\t73
                """);
        Table tabel32 = SeedTables.table("iku-2023.csv", "", "Sekretariat Daerah Kab. Bengkulu Selatan", 909, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                916: 6.\tNilai Reformasi Birokrasi\t42,98\t47,24\t60,24\t63,20\t105\t66,62\t94,87
                """);

        List<Finding> found = check.check(all(places(renstra), places(tabel32)));

        assertThat(found).extracting(f -> f.location().cell(), Finding::value, Finding::expected)
                .containsExactly(tuple("G680", "53,86", "60.24"), tuple("E916", "60,24", "53.86"));
        assertThat(id.render(found.get(1).message())).isEqualTo("Target Nilai Reformasi Birokrasi tahun 2023 tertulis "
                + "60,24 di sel E916, tetapi tertulis 53,86 di tujuan-sasaran-renstra-2021-2026.xlsx (lembar Tabel 2.1, "
                + "sel G680). Periksa angka mana yang benar, lalu samakan semuanya.");
    }

    @Test
    void eachPlaceIsReportedWithItsOwnFilesSettings() {
        Table makro = makro("Pemkab Muara Enim", "1\tIndeks Pembangunan Manusia\t69,43\t70,24\t1,167\n");
        Table iku = iku(MUARA_ENIM, "1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t"
                + "69,55\t72,33\t104\tSangat Baik\n");
        CheckSettings off = RULES.checks().withSeverities(Map.of(), Set.of(Category.CONFLICTING_VALUE));
        CheckSettings warning = RULES.checks().withSeverities(Map.of(Category.CONFLICTING_VALUE, Severity.WARNING),
                Set.of());

        assertThat(check.check(all(places(makro, off), places(iku, warning))))
                .extracting(f -> f.location().cell(), Finding::severity)
                .containsExactly(tuple("E1962", Severity.WARNING));
    }

    @Test
    void anotherAgencysFigureAGradeAgainstANumberAndTheSameTableAreNotCompared() {
        Table makro = makro("Kecamatan Sumber Harta", "1\tIndeks Pembangunan Manusia\t69,43\t70,24\t1,167\n");
        Table iku = iku(MUARA_ENIM, "1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t"
                + "69,55\t72,33\t104\tSangat Baik\n");
        // 004 l.785: the Perjanjian Kinerja's target of Nilai Reformasi Birokrasi is the grade CC; l.916 a score
        Table pk = SeedTables.table("perjanjian-kinerja-2023.xlsx", "PK 2023", "Sekretariat Daerah", 781, """
                NO\tSASARAN STRATEGIS\tINDIKATOR KONERJA SASARAN\tSATUAN\tTARGET 2023
                785: 4\tIndek Reformasi Birokrasi\tNilai Reformasi Birokrasi\tNilai\tCC
                """);
        Table tabel32 = SeedTables.table("iku-2023.csv", "", "Sekretariat Daerah", 909, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                916: 6.\tNilai Reformasi Birokrasi\t42,98\t47,24\t60,24\t63,20\t105\t66,62\t94,87
                """);
        // one table listing IPM twice with two figures is a duplicate, not a conflict
        Table twice = iku(MUARA_ENIM, """
                1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t72,33\t104\tSangat Baik
                1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t70,24\t101\tSangat Baik
                """);

        assertThat(check.check(all(places(makro), places(iku)))).isEmpty();
        assertThat(check.check(all(places(pk), places(tabel32)))).isEmpty();
        assertThat(check.check(places(twice))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 003 l.565 and l.653; 000 l.1969 and l.2835; 000 l.3106 and l.3108; 004 l.917 and l.918
            peerentase partisipasi dan swadaya masyarakat desa | persentase partisipasi dan swadaya masyarakat desa | true
            pdrb perkapita                                     | pdrb per kapita                                    | true
            jumlah warga negara usia 7 15 tahun                | jumlah warga negara usia 5 6 tahun                 | false
            nilai sakip                                        | nilai akip sekretariat daerah                      | false
            angka kematian bayi                                | angka kematian ibu                                 | false
            """)
    void typosAreTheSameNameOtherWordsAndNumbersAreNot(String a, String b, boolean same) {
        assertThat(new IndicatorIdentity(RULES.indicators()).typoOf(a, b)).isEqualTo(same);
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # the agencies of the seeds' titles and of the samples' folders
            Setda Bengkulu Selatan         | Sekretariat Daerah Kab. Bengkulu Selatan    | true
            Kecamatan Sumber Harta         | Kecamatan Sumber Harta Kabupaten Musi Rawas | true
            Pemkab Muara Enim              | Pemerintah Kabupaten Muara Enim             | true
            Sekretaris Daerah              | Sekretariat Daerah Kab. Bengkulu Selatan    | false
            Kecamatan Semende Darat Tengah | Kecamatan Sumber Harta                      | false
            """)
    void agenciesAreTheSameByTheirWordsAndAbbreviations(String a, String b, boolean same) {
        assertThat(new AgencyName(a).sameAs(new AgencyName(b))).isEqualTo(same);
        assertThat(new AgencyName(b).sameAs(new AgencyName(a))).isEqualTo(same);
    }

    @Test
    void anAgencyNobodyNamedIsOnlyTheSameAsAnotherNobodyNamed() {
        assertThat(new AgencyName("").sameAs(new AgencyName(""))).isTrue();
        assertThat(new AgencyName("").sameAs(new AgencyName("Pemerintah Kabupaten Muara Enim"))).isFalse();
    }
}
