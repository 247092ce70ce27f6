package id.saring.check;

import static id.saring.check.CheckFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.check.SeedTables.Table;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import id.saring.rules.BudgetRules.Placement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same indicator or budget line twice in one table, from the seeds' tables. */
class DuplicateCheckTest {

    /** Header of the efficiency table, 000 l.2742-2745. */
    private static final String EFISIENSI = """
            2743: No\tTujuan/ Sasaran Strategis\tIndikator Kinerja\t\tKinerja\t\t\tProgram\tAnggaran\t\t
            \t\t\t\tTarget\tRealisasi\tCapaian\t\tPagu (Rp)\tRealisasi (Rp)\tCapaian
            (1)\t(2)\t(3)\t\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)
            """;
    /** 000 l.2792 with its continuation l.2797 joined, as the agency's workbook holds the row. */
    private static final String SASARAN_4 = "2792: 4.\tMeningkatnya standar kelayakan hidup masyarakat\t5.\tTingkat "
            + "daya beli masyarakat\tRp.10,95 juta\tRp.11,683 juta\t106,69\tProgram penyelenggaraan jalan\t"
            + "639.174.636.649\t505.849.916.574\t79\n";

    private final DuplicateCheck check = new DuplicateCheck(new Findings(RULES.checks()));
    private final MessageCatalog id = new MessageCatalog(Language.ID);
    private final MessageCatalog en = new MessageCatalog(Language.EN);

    /** The table's records and lines in row order, a row's record before its budget line, as the checker gets them. */
    private List<Finding> check(Table table) {
        record Item(int row, int order, Object record) {
        }
        List<Item> items = new ArrayList<>();
        table.capaian().forEach(r -> items.add(new Item(r.location().row(), 0, r)));
        table.budget().forEach(l -> items.add(new Item(l.location().row(), 1, l)));
        items.sort(Comparator.comparingInt(Item::row).thenComparingInt(Item::order));
        List<Finding> found = new ArrayList<>();
        check.startTable();
        for (Item item : items) {
            if (item.record() instanceof CapaianRecord r) {
                check.capaian(r).ifPresent(found::add);
            } else {
                BudgetLine line = (BudgetLine) item.record();
                BudgetLevel level = line.total() ? BudgetLevel.TOTAL
                        : RULES.budget().place(line, false).map(Placement::level).orElse(BudgetLevel.UNKNOWN);
                check.budget(line, level).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Table efisiensi(String rows) {
        return SeedTables.table("efisiensi-anggaran-2023.xlsx", "Efisiensi", "Pemerintah Kabupaten Muara Enim", 2743,
                EFISIENSI + rows);
    }

    @Test
    void aProgrammeListedTwiceUnderOneSasaranIsReportedOnItsSecondRow() {
        // 000 l.2820 and l.2828: the same programme twice under sasaran 4, with other amounts
        List<Finding> found = check(efisiensi(SASARAN_4 + """
                2819: \t\t\t\t\t\t\tProgram pengembangan sumber daya pariwisata dan ekonomi kreatif\t399.999.700\t330.855.488\t83
                2820: \t\t\t\t\t\t\tProgram penyediaan dan pengembangan sarana pertanian\t28.741.838.202\t26.873.265.839\t93
                2821: \t\t\t\t\t\t\tProgram pengendalian dan penanggulangan bencana pertanian\t1.504.460.500\t1.418.197.382\t94
                2827: \t\t\t\t\t\t\tProgram penyuluhan pertanian\t3.708.793.660\t3.492.673.670\t94
                2828: \t\t\t\t\t\t\tProgram penyediaan dan pengembangan sarana pertanian\t22.394.140.700\t18.799.494.337\t84
                """));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.DUPLICATE_RECORD);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rule()).isEqualTo("table.duplicate-record");
            assertThat(f.location().row()).isEqualTo(2828);
            assertThat(f.location().cell()).isEmpty();
            assertThat(f.value()).isEqualTo("Program penyediaan dan pengembangan sarana pertanian");
            assertThat(f.expected()).isEmpty();
            assertThat(f.message()).isEqualTo(Message.of("duplicate.budget",
                    "Program penyediaan dan pengembangan sarana pertanian", "2828", "2820",
                    Message.of("duplicate.different")));
            assertThat(id.render(f.message())).isEqualTo("Baris anggaran Program penyediaan dan pengembangan sarana "
                    + "pertanian di baris 2828 sudah tercantum di baris 2820, di bawah induk yang sama dalam tabel ini; "
                    + "bila keduanya dijumlahkan, anggarannya terhitung dua kali. Angkanya berbeda: periksa mana yang "
                    + "benar, lalu hapus atau perbaiki yang lain.");
            assertThat(en.render(f.message())).isEqualTo("The budget line Program penyediaan dan pengembangan sarana "
                    + "pertanian on row 2828 is already listed on row 2820, under the same parent in this table; added "
                    + "up, its budget counts twice. Its figures differ: check which is right, then delete or correct "
                    + "the other.");
        });
    }

    @Test
    void aProgrammeServingTwoSasaranIsNoDuplicate() {
        // 000 l.2827 under sasaran 4 and l.2899 under sasaran 8 (l.2867), same amounts: one programme, two sasaran
        assertThat(check(efisiensi(SASARAN_4 + """
                2827: \t\t\t\t\t\t\tProgram penyuluhan pertanian\t3.708.793.660\t3.492.673.670\t94
                2867: 8.\tMeningkatnya pelayanan publik\t11.\tIndeks pelayanan publik\tA -\tA -\t100\tProgram peningkatan ketenteraman dan ketertiban umum\t6.098.252.064\t5.774.656.600\t95
                2899: \t\t\t\t\t\t\tProgram penyuluhan pertanian\t3.708.793.660\t3.492.673.670\t94
                """))).isEmpty();
    }

    @Test
    void notesWithoutAmountsAreNoDuplicates() {
        // 000 l.2833-2835: "Sama dengan sasaran ke 6" in the programme column of three indicators of sasaran 5
        assertThat(check(efisiensi("""
                2833: 5.\tMeningkatnya kesejahteraan rakyat\t6.\tLaju pertumbuhan ekonomi\t6,37\t8,58\t134,69\tSama dengan sasaran ke 6
                \t\t7.\tIndeks Gini Ratio\t0,31\t0,313\t99,04\tSama dengan sasaran ke 6
                \t\t8.\tPDRB Per kapita\tRp. 132 juta\tRp. 181 juta\t137,12\tSama dengan sasaran ke 6
                """))).isEmpty();
    }

    @Test
    void theSameIndicatorTwiceInOneTableIsReportedOnItsSecondRowNamingTheFirst() {
        // 000 l.1961-1963, then l.1962's row pasted once more below l.1963, sasaran and all
        Table iku = SeedTables.table("iku-2023.xlsx", "IKU 2023", "", 1961, """
                NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN\tKRITERIA
                1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t72,33\t104\tSangat Baik
                2.\tMeningkatnya Derajat Kesehatan Masyarakat\t2. Angka Harapan Hidup\t69,51\t74,29\t106,88\tSangat Baik
                1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t72,33\t104\tSangat Baik
                """);

        Finding f = check(iku).get(0);

        assertThat(f.location().row()).isEqualTo(1964);
        assertThat(f.value()).isEqualTo("Indeks Pembangunan Manusia");
        assertThat(id.render(f.message())).isEqualTo("Indikator Indeks Pembangunan Manusia di baris 1964 sudah tercantum"
                + " di baris 1962 tabel yang sama. Angkanya pun sama: tampaknya barisnya tersalin dua kali; hapus salah "
                + "satunya.");
        assertThat(en.render(f.message())).isEqualTo("The indicator Indeks Pembangunan Manusia on row 1964 is already "
                + "listed on row 1962 of the same table. Its figures are the same too: the row looks copied twice; "
                + "delete one of them.");
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # as one table writes it      | as another writes it (seed lines)
            1. Indeks Pembangunan Manusia | Indeks Pembangunan Manusia   # 000 l.1962, l.2000
            6. Laju Pertumbuhan Ekonomi   | Laju pertumbuhan ekonomi     # 000 l.1967, l.2833
            Nilai SAKIP.                  | Nilai SAKIP                  # 004 l.917, l.681
            Indeks Kepuasan masyarakat    | Indeks  Kepuasan Masyarakat  # 003 l.564, the same with a double space
            """)
    void namesAreComparedWithoutListNumbersCasePunctuationAndSpacing(String first, String second) {
        String secondName = second.replaceAll("\\s*#.*", "");
        check.startTable();
        check.capaian(CheckFixtures.capaian(5, first, "84", "79,35", ""));

        assertThat(check.capaian(CheckFixtures.capaian(6, secondName, "84", "79,35", ""))).isPresent();
    }

    @Test
    void theSameIndicatorInAnotherTableIsNoDuplicate() {
        // 004 l.909-911 (Tabel 3.2) and l.924-926 (Tabel 3.3) both list Nilai LPPD
        List<Table> tables = SeedTables.read("lkj-2023.xlsx", "Bab III", "Setda Bengkulu Selatan", 909, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                1.\tNilai LPPD\t3,22\t2,82\t3,22\t2,85\t88.51\t3,34\t85.33
                924: NO\tINDIKATOR KINERJA UTAMA\tCapaian 2023\t2023\t\t\t
                \t\t\tTriwulan I\tTriwulan II\tTriwulan III\tTriwulan IV
                1.\tNilai LPPD\t2,85\t\t\t\t2,85
                """);

        assertThat(tables).hasSize(2);
        assertThat(tables).flatMap(this::check).isEmpty();
    }

    @Test
    void aSubKegiatanOfTheSameNameUnderAnotherKegiatanIsNoDuplicate() {
        // 001 l.641-642: Penyediaan Jasa Surat Menyurat under kegiatan g; the same sub-kegiatan under kegiatan h
        // (l.646) is another line of the budget, not the first one again
        Table anggaran = SeedTables.table("realisasi-anggaran-2023.csv", "", "Kecamatan Semende Darat Tengah", 607, """
                No\tUraian\tPagu Anggaran\tRealisasi Anggaran
                641: g.\tKegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah\tRp. 92.845.150,00\tRp. 91.593.235,00
                \tSub Kegiatan Penyediaan Jasa Surat Menyurat\tRp. 7.492.800,00\tRp. 7.490.000,00
                646: h.\tKegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah\tRp. 381.459.266,00\tRp. 377.598.600,00
                \tSub Kegiatan Penyediaan Jasa Surat Menyurat\tRp. 7.492.800,00\tRp. 7.490.000,00
                """);

        assertThat(check(anggaran)).isEmpty();
    }

    @Test
    void aKodeRekeningUsedTwiceIsADuplicateWhateverTheNames() {
        // the kode rekening of domain.md (7.01.01.2.01.0001) on two sub-kegiatan of 001 l.642-643
        Table anggaran = SeedTables.table("realisasi-anggaran-2023.csv", "", "Kecamatan Semende Darat Tengah", 1, """
                Kode Rekening\tUraian\tPagu Anggaran\tRealisasi Anggaran
                7.01.01.2.01.0001\tSub Kegiatan Penyediaan Jasa Surat Menyurat\tRp. 7.492.800,00\tRp. 7.490.000,00
                7.01.01.2.01.0001\tSub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik\tRp. 9.002.350,00\tRp. 8.423.235,00
                """);

        assertThat(check(anggaran)).singleElement().satisfies(f -> {
            assertThat(f.location().row()).isEqualTo(3);
            assertThat(f.value()).isEqualTo("7.01.01.2.01.0001");
            assertThat(id.render(f.message())).isEqualTo("Kode 7.01.01.2.01.0001 (Sub Kegiatan Penyediaan Jasa "
                    + "Komunikasi, Sumber Daya Air dan Listrik) di baris 3 sudah dipakai di baris 2 tabel yang sama, "
                    + "padahal satu kode rekening hanya untuk satu baris anggaran. Angkanya berbeda: periksa mana yang "
                    + "benar, lalu hapus atau perbaiki yang lain.");
        });
    }

    @Test
    void linesOfOneNameUnderKegiatanOfOneNameButOtherKodeAreNoDuplicate() {
        // a consolidated budget repeats Program Penunjang with its kegiatan and sub-kegiatan under every OPD (001
        // l.641-642 under the kode of Kecamatan Semende Darat Tengah 7.01.01 and of another kecamatan 7.01.02): the
        // kode rekening tells them apart
        Table anggaran = SeedTables.table("anggaran-konsolidasi-2023.csv", "", "Kabupaten Muara Enim", 1, """
                Kode Rekening\tUraian\tPagu Anggaran\tRealisasi Anggaran
                7.01.01.2.06\tKegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah\tRp. 92.845.150,00\tRp. 91.593.235,00
                7.01.01.2.06.0001\tSub Kegiatan Penyediaan Jasa Surat Menyurat\tRp. 7.492.800,00\tRp. 7.490.000,00
                7.01.02.2.06\tKegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah\tRp. 92.845.150,00\tRp. 91.593.235,00
                7.01.02.2.06.0001\tSub Kegiatan Penyediaan Jasa Surat Menyurat\tRp. 7.492.800,00\tRp. 7.490.000,00
                """);

        assertThat(check(anggaran)).isEmpty();
    }
}
