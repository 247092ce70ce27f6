package id.saring.check;

import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.PAGU;
import static id.saring.check.CheckFixtures.REALISASI_ANGGARAN;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.model.Stated;
import id.saring.rules.BudgetRules.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Totals and group lines against their parts, driven with the budget lines of the seeds. Row numbers are the
 * seed's line numbers; pagu is in column B, realisasi in column C.
 */
class SumCheckTest {

    private final List<Finding> found = new ArrayList<>();
    private final List<SumCheck.Placed> placed = new ArrayList<>();

    private SumCheck sums() {
        var rows = RULES.columns().rows();
        return new SumCheck(RULES.budget(), false, rows.total(), rows.grandTotal(), RULES.checks().sumTolerance(),
                new Findings(RULES.checks()), found::add);
    }

    /** Feeds the lines as the table checker does: a total row to {@code total}, any other to {@code line}. */
    private List<Finding> run(List<BudgetLine> lines) {
        SumCheck sums = sums();
        for (BudgetLine l : lines) {
            placed.add(l.total() ? sums.total(l) : sums.line(l, Optional.empty()));
        }
        sums.end();
        return found;
    }

    /**
     * Lines of a table with "Uraian | Pagu | Realisasi" from {@code firstRow} on, as the seed writes them; an empty
     * string is a blank line of the seed, which takes a row number but gives no budget line.
     */
    /**
     * Seed 000 l.2940-2955, the revenue section of the LRA, with the realisasi of its JUMLAH LAIN LAIN row as given.
     */
    private static String[] revenueSection(String jumlahLainLainRealisasi) {
        return new String[] {
            "PENDAPATAN DAERAH | 2.882.409.372.759 | 3.072.122.820.707,93",
            "PENDAPATAN ASLI DAERAH (PAD) | 298.669.489.952 | 354.647.394.506,93",
            "Pajak Daerah | 90.635.401.852 | 118.950.890.750,00",
            "Retribusi Daerah | 7.722.705.076 | 6.561.840.213,70",
            "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan | 54.804.784.963 | 54.804.783.997,15",
            "Lain-lain PAD yang Sah | 145.506.598.061 | 174.329.879.546,08",
            "JUMLAH PENDAPATAN ASLI DAERAH | 298.669.489.952 | 354.647.394.506,93",
            "PENDAPATAN TRANSFER | 2.574.846.034.523 | 2.704.324.918.994,00",
            "Pendapatan Transfer Pemerintah Pusat | 2.351.327.520.200 | 2.418.868.422.019,00",
            "Pendapatan Transfer Antar Daerah | 223.518.514.323 | 285.456.496.975,00",
            "LAIN-LAIN PENDAPATAN DAERAH YANG SAH | 8.893.848.284 | 13.150.507.207,00",
            "Pendapatan Hibah | 3.894.136.000 | 1.006.407.510,00",
            "Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan | 4.999.712.284 "
                    + "| 12.144.099.697,00",
            "JUMLAH LAIN LAIN PENDAPATAN DAERAH YANG SAH | 8.893.848.284 | " + jumlahLainLainRealisasi + "",
            "",
            "JUMLAH PENDAPATAN | 2.882.409.372.759 | 3.072.122.820.707,93"};
    }

    private static List<BudgetLine> table(int firstRow, String... rows) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isEmpty()) {
                continue;
            }
            String[] cells = rows[i].split("\\|", -1);
            lines.add(line(firstRow + i, cells[0].strip(), cells[1].strip(), cells[2].strip()));
        }
        return lines;
    }

    private static final int SATPOL_PAGU = 4;
    private static final int SATPOL_REALISASI = 5;

    private static BudgetLine satpol(int row, BudgetLevel level, String uraian, String pagu, String realisasi) {
        return new BudgetLine(new Location(FILE, SHEET, row, -1), "Satuan Polisi Pamong Praja", "2023", level, "",
                uraian, uraian.equals("JUMLAH"), CheckFixtures.amount(pagu, SATPOL_PAGU),
                CheckFixtures.amount(realisasi, SATPOL_REALISASI), Stated.absent(), List.of());
    }

    private static Finding sumMismatch(int row, int column, String key, String shown, String own, int parts,
            String sum, String difference, String expected) {
        Location at = new Location(FILE, SHEET, row, column);
        boolean pagu = column == PAGU || column == SATPOL_PAGU;
        return new Finding(at, Category.SUM_MISMATCH, "sum.parts", Severity.ERROR,
                new Message(key, List.of(Message.of(pagu ? "column.pagu" : "column.realisasi"), at.cell(),
                        new BigDecimal(own), parts, new BigDecimal(sum), new BigDecimal(difference))),
                shown, expected);
    }

    // seed 001 l.598-664, rows 4-50 of input-samples/kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv
    private static final String[] SEMENDE = {
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Rp. 2.716.508.396,00 | Rp. 2.423.155.999,00",
        "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | Rp. 9.723.000,00 "
            + "| Rp. 9.575.000,00",
        "Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD | Rp. 3.850.000,00 | Rp. 3.850.000,00",
        "Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD | Rp. 2.950.000,00 | Rp. 2.950.000,00",
        "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah | Rp. 2.923.000,00 | Rp. 2.775.000,00",
        "Kegiatan Administrasi Keuangan Perangkat Daerah | Rp. 1.304.938.656,00 | Rp. 1.030.927.134,00",
        "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN | Rp. 1.299.613.956,00 | Rp. 1.025.607.134,00",
        "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD | Rp. 2.674.900,00 "
            + "| Rp. 2.672.000,00",
        "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulan/Semesteran SKPD | Rp. 2.649.800,00 "
            + "| Rp. 2.648.000,00",
        "Kegiatan Administrasi Barang Milik Daerah pada Perangkat Daerah | Rp. 5.775.000,00 | Rp. 4.497.180,00",
        "Sub Kegiatan Pengamanan Barang Milik Daerah SKPD | Rp. 5.775.000,00 | Rp. 4.497.180,00",
        "Kegiatan Administrasi Kepegawaian Perangkat Daerah | Rp. 4.770.000,00 | Rp. 4.770.000,00",
        "Sub Kegiatan Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya | Rp. 4.770.000,00 | Rp. 4.770.000,00",
        "Kegiatan Administrasi Umum Perangkat Daerah | Rp. 746.997.324,00 | Rp. 737.490.850,00",
        "Sub Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor | Rp. 5.550.800,00 "
            + "| Rp. 5.525.500,00",
        "Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor | Rp. 518.596.254,00 | Rp. 512.611.000,00",
        "Sub Kegiatan Penyediaan Bahan Logistik Kantor | Rp. 68.356.500,00 | Rp. 65.084.200,00",
        "Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan | Rp. 13.595.800,00 | Rp. 13.590.000,00",
        "Sub Kegiatan Fasilitas Kunjungan Tamu | Rp. 13.475.000,00 | Rp. 13.475.000,00",
        "Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | Rp. 127.422.970,00 | Rp. 127.205.150,00",
        "Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah | Rp. 170.000.000,00 "
            + "| Rp. 166.704.000,00",
        "Sub Kegiatan Pengadaan Kendaraan Dinas Operasional atau Lapangan | Rp. 50.000.000,00 | Rp. 46.940.000,00",
        "Sub Kegiatan Pengadaan Gedung Kantor atau Bangunan Lainnya | Rp. 120.000.000,00 | Rp. 119.764.000,00",
        "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | Rp. 92.845.150,00 | Rp. 91.593.235,00",
        "Sub Kegiatan Penyediaan Jasa Surat Menyurat | Rp. 7.492.800,00 | Rp. 7.490.000,00",
        "Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik | Rp. 9.002.350,00 | Rp. 8.423.235,00",
        "Sub Kegiatan Penyediaan Jasa Peralatan dan Perlengkapan Kantor | Rp. 24.990.000,00 | Rp. 24.320.000,00",
        "Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor | Rp. 51.360.000,00 | Rp. 51.360.000,00",
        "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah | Rp. 381.459.266,00 "
            + "| Rp. 377.598.600,00",
        "Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas "
            + "Operasional atau Lapangan | Rp. 58.112.266,00 | Rp. 54.977.000,00",
        "Sub Kegiatan Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya | Rp. 323.347.000,00 "
            + "| Rp. 322.621.600,00",
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | Rp. 167.023.100,00 | Rp. 166.424.000,00",
        "Kegiatan Koordinasi Pemeliharaan Prasarana dan Sarana Pelayanan Umum | Rp. 80.122.000,00 | Rp. 79.975.000,00",
        "Sub Kegiatan Pelaksanaan Pemeliharaan Prasarana dan Fasilitas Pelayanan Umum yang Melibatkan Pihak Swasta "
            + "| Rp. 80.122.000,00 | Rp. 79.975.000,00",
        "Kegiatan Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat | Rp. 86.901.100,00 "
            + "| Rp. 86.449.000,00",
        "Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan Perizinan Non Usaha "
            + "| Rp. 15.348.300,00 | Rp. 15.234.000,00",
        "Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang terkait dengan Non Perizinan | Rp. 18.457.000,00 "
            + "| Rp. 18.125.000,00",
        "Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang terkait dengan Kewenangan Lain yang Dilimpahkan "
            + "| Rp. 53.095.800,00 | Rp. 53.090.000,00",
        "Program Pemberdayaan Masyarakat Desa dan Kelurahan | Rp. 463.702.100,00 | Rp. 450.913.350,00",
        "Kegiatan Koordinasi Kegiatan Pemberdayaan Desa | Rp. 463.702.100,00 | Rp. 450.913.350,00",
        "Sub Kegiatan Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa "
            + "| Rp. 31.327.500,00 | Rp. 31.223.000,00",
        "Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan "
            + "| Rp. 432.374.600,00 | Rp. 419.690.350,00",
        "Program Pembinaan dan Pengawasan Pemerintahan Desa | Rp. 142.095.000,00 | Rp. 141.765.000,00",
        "Kegiatan Fasilitas Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa "
            + "| Rp. 142.095.000,00 | Rp. 141.765.000,00",
        "Sub Kegiatan Fasilitas Penyelenggaraan Ketenteraman dan Ketertiban Umum | Rp. 130.795.000,00 "
            + "| Rp. 130.795.000,00",
        "Sub Kegiatan Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan | Rp. 11.300.000,00 "
            + "| Rp. 10.970.000,00",
        // l.598: the total the text states
        "Jumlah | Rp. 3.489.328.596,00 | Rp. 3.182.258.349,00",
    };

    @Test
    void programmeKegiatanSubKegiatanBudgetThatReconcilesHasNoFinding() {
        assertThat(run(table(4, SEMENDE))).isEmpty();
        assertThat(placed).extracting(SumCheck.Placed::level).startsWith(BudgetLevel.PROGRAM, BudgetLevel.KEGIATAN,
                BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.KEGIATAN)
                .endsWith(BudgetLevel.SUB_KEGIATAN, BudgetLevel.TOTAL);
    }

    @Test
    void subKegiatanOffByOneRupiahIsReportedOnItsKegiatanOnly() {
        String[] lines = SEMENDE.clone();
        // "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah" 2.923.000 -> 2.923.001
        lines[4] = "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah | Rp. 2.923.001,00 | Rp. 2.775.000,00";

        assertThat(run(table(4, lines))).containsExactly(sumMismatch(5, PAGU, "sum.group", "Rp. 9.723.000,00",
                "9723000.00", 3, "9723001.00", "-1.00", "9723001"));
    }

    @Test
    void lraGroupLinesThatDifferFromTheirPartsAreReportedAndNothingElse() {
        // seed 004 l.1408-1418: BELANJA OPERASI is 5.674.000.000 above its two lines; BELANJA realisasi 20.000 off
        List<Finding> findings = run(table(1408,
                "PENDAPATAN - LRA | 15.000.000,- | 9.000.000,-",
                "PENDAPATAN ASLI DAERAH (PAD) | 15.000.000,- | 9.000.000,-",
                "Pendapatan Retribusi Daerah | 15.000.000,- | 9.000.000,-",
                "BELANJA | 49.398.613.640,- | 48.405.012.715,-",
                "BELANJA OPERASI | 46.228.342.940,- | 45.329.362.715,-",
                "Belanja Pegawai | 13.741.911.018,- | 13.421.622.040,-",
                "Belanja Barang dan Jasa | 26.812.431.922,- | 26.235.260.675,-",
                "BELANJA MODAL | 3.170.270.700,- | 3.075.630.000,-",
                "Belanja Modal Peralatan dan Mesin | 3.170.270.700,- | 3.075.630.000,-",
                "Belanja Modal Gedung dan Bangunan | - | -",
                "Belanja Modal Aset Tetap Lainnya | - | -"));

        assertThat(findings).containsExactlyInAnyOrder(
                sumMismatch(1412, PAGU, "sum.group", "46.228.342.940,-", "46228342940", 2, "40554342940",
                        "5674000000", "40554342940"),
                sumMismatch(1412, REALISASI_ANGGARAN, "sum.group", "45.329.362.715,-", "45329362715", 2,
                        "39656882715", "5672480000", "39656882715"),
                sumMismatch(1411, REALISASI_ANGGARAN, "sum.group", "48.405.012.715,-", "48405012715", 2,
                        "48404992715", "20000", "48404992715"));
    }

    @Test
    void lraLinesArePlacedInTheirSectionWithTheirLevel() {
        run(table(1408,
                "PENDAPATAN - LRA | 15.000.000,- | 9.000.000,-",
                "PENDAPATAN ASLI DAERAH (PAD) | 15.000.000,- | 9.000.000,-",
                "Pendapatan Retribusi Daerah | 15.000.000,- | 9.000.000,-",
                "BELANJA | 49.398.613.640,- | 48.405.012.715,-",
                "BELANJA OPERASI | 46.228.342.940,- | 45.329.362.715,-",
                "Belanja Pegawai | 13.741.911.018,- | 13.421.622.040,-"));

        assertThat(placed).containsExactly(
                new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.REVENUE)),
                new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.REVENUE)),
                new SumCheck.Placed(BudgetLevel.UNKNOWN, Optional.of(Section.REVENUE)),
                new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.EXPENDITURE)),
                new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.EXPENDITURE)),
                new SumCheck.Placed(BudgetLevel.JENIS_BELANJA, Optional.of(Section.EXPENDITURE)));
    }

    @Test
    void jumlahRowIsCheckedAgainstTheGroupItNames() {
        // seed 000 l.2940-2955; the closing JUMLAH of LAIN-LAIN PENDAPATAN is given a typo (…207 -> …270)
        List<Finding> findings = run(table(2940, revenueSection("13.150.507.270,00")));

        assertThat(findings).containsExactly(sumMismatch(2953, REALISASI_ANGGARAN, "sum.total", "13.150.507.270,00",
                "13150507270.00", 2, "13150507207.00", "63.00", "13150507207"));
        assertThat(placed.get(6)).isEqualTo(new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.REVENUE)));
    }

    @Test
    void revenueSectionOfTheSeedReconciles() {
        // seed 000 l.2940-2955 as printed
        assertThat(run(table(2940, revenueSection("13.150.507.207,00")))).isEmpty();
    }

    @Test
    void jumlahBelanjaTakTerdugaClosesBelanjaTidakTerdugaWhoseOnlyLineRepeatsItsName() {
        // seed 000 l.2973-2979; the JUMLAH realisasi is given a typo (…977 -> …970)
        List<Finding> findings = run(table(2973,
                "BELANJA TIDAK TERDUGA | 9.705.760.000 | 1.964.524.977,00",
                "Belanja Tidak Terduga | 9.705.760.000 | 1.964.524.977,00",
                "JUMLAH BELANJA TAK TERDUGA | 9.705.760.000 | 1.964.524.970,00",
                "BELANJA TRANSFER | 424.004.384.682 | 423.724.485.882,00",
                "Belanja Bagi Hasil | 9.835.810.693 | 9.835.810.693,00",
                "Belanja Bantuan Keuangan | 414.168.573.989 | 413.888.675.189,00",
                "JUMLAH BELANJA TRANSFER | 424.004.384.682 | 423.724.485.882,00"));

        assertThat(findings).containsExactly(sumMismatch(2975, REALISASI_ANGGARAN, "sum.total", "1.964.524.970,00",
                "1964524970.00", 1, "1964524977.00", "-7.00", "1964524977"));
        assertThat(placed.subList(0, 3)).containsExactly(
                new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.EXPENDITURE)),
                new SumCheck.Placed(BudgetLevel.JENIS_BELANJA, Optional.of(Section.EXPENDITURE)),
                new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.EXPENDITURE)));
    }

    @Test
    void parentIsNotReportedWhenOnlyItsWrongSubtotalExplainsTheDifference() {
        // seed 000 l.2956-2980: BELANJA OPERASI states 1.891.605.425.158,08 though its lines and its JUMLAH give
        // …435.158,08; BELANJA DAERAH and JUMLAH BELANJA agree with the corrected figure
        List<Finding> findings = run(table(2956,
                "BELANJA DAERAH | 3.745.457.978.249 | 3.336.289.056.357,12",
                "BELANJA OPERASI | 2.124.505.487.815 | 1.891.605.425.158,08",
                "Belanja Pegawai | 1.018.111.989.103 | 905.296.146.233,22",
                "Belanja Barang dan Jasa | 965.982.659.367 | 854.731.463.603,86",
                "Belanja Bunga | 6.504.239.596 | 6.504.239.596,00",
                "Belanja Subsidi | 0 | 0",
                "Belanja Hibah | 131.477.699.749 | 122.738.685.725,00",
                "Belanja Bantuan Sosial | 2.428.900.000 | 2.334.900.000,00",
                "JUMLAH BELANJA OPERASI | 2.124.505.487.815 | 1.891.605.435.158,08",
                "BELANJA MODAL | 1.187.242.345.752 | 1.018.994.610.340,04",
                "Belanja Modal Tanah | 4.467.000.000 | 2.230.870.000,00",
                "Belanja Modal Peralatan dan Mesin | 142.543.288.776 | 132.018.241.673,00",
                "Belanja Modal Gedung dan Bangunan | 198.951.530.293 | 183.794.697.321,66",
                "Belanja Modal Jalan, Jaringan, dan Irigasi | 829.994.008.583 | 690.758.490.475,38",
                "Belanja Modal Aset Tetap Lainnya | 10.286.518.100 | 10.192.310.870,00",
                "Belanja Modal Aset Lainnya | 1.000.000.000 | 0,00",
                "JUMLAH BELANJA MODAL | 1.187.242.345.752 | 1.018.994.610.340,04",
                "BELANJA TIDAK TERDUGA | 9.705.760.000 | 1.964.524.977,00",
                "Belanja Tidak Terduga | 9.705.760.000 | 1.964.524.977,00",
                "JUMLAH BELANJA TAK TERDUGA | 9.705.760.000 | 1.964.524.977,00",
                "BELANJA TRANSFER | 424.004.384.682 | 423.724.485.882,00",
                "Belanja Bagi Hasil | 9.835.810.693 | 9.835.810.693,00",
                "Belanja Bantuan Keuangan | 414.168.573.989 | 413.888.675.189,00",
                "JUMLAH BELANJA TRANSFER | 424.004.384.682 | 423.724.485.882,00",
                "JUMLAH BELANJA | 3.745.457.978.249 | 3.336.289.056.357,12"));

        assertThat(findings).containsExactly(sumMismatch(2957, REALISASI_ANGGARAN, "sum.group",
                "1.891.605.425.158,08", "1891605425158.08", 6, "1891605435158.08", "-10000.00", "1891605435158.08"));
    }

    @Test
    void pembiayaanDaerahIsANetAndNotASum() {
        // seed 000 l.2982-2986: 863.048.605.490 = penerimaan 919.327.121.622 − pengeluaran 56.278.516.132
        assertThat(run(table(2982,
                "PEMBIAYAAN DAERAH | 863.048.605.490 | 824.465.988.492,40",
                "PENERIMAAN PEMBIAYAAN | 919.327.121.622 | 879.327.121.622,40",
                "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya | 879.327.121.622 | 879.327.121.622,40",
                "Pencairan Dana Cadangan | 40.000.000.000 | 0,00",
                "JUMLAH PENERIMAAN | 919.327.121.622 | 879.327.121.622,40"))).isEmpty();
        assertThat(placed.get(0)).isEqualTo(new SumCheck.Placed(BudgetLevel.TOTAL, Optional.of(Section.FINANCING)));
    }

    @Test
    void financingOfTheSeedIsReportedOnlyOnPengeluaranPembiayaanAndItsJumlah() {
        // seed 000 l.2982-2995: Cicilan Pokok 6.278.516.139 makes the lines add up to 54.861.133.139, while
        // PENGELUARAN PEMBIAYAAN and its JUMLAH state 54.861.133.130
        List<Finding> findings = run(table(2982,
                "PEMBIAYAAN DAERAH | 863.048.605.490 | 824.465.988.492,40",
                "PENERIMAAN PEMBIAYAAN | 919.327.121.622 | 879.327.121.622,40",
                "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya | 879.327.121.622 | 879.327.121.622,40",
                "Pencairan Dana Cadangan | 40.000.000.000 | 0,00",
                "JUMLAH PENERIMAAN | 919.327.121.622 | 879.327.121.622,40",
                "",
                "PEMBIAYAAN |  | ",
                "PENGELUARAN PEMBIAYAAN | 56.278.516.132 | 54.861.133.130,00",
                "Pembentukan Dana Cadangan | 30.000.000.000 | 30.000.000.000,00",
                "Penyertaan Modal Daerah | 20.000.000.000 | 18.582.617.000,00",
                "Pembayaran Cicilan Pokok Utang yang Jatuh Tempo | 6.278.516.132 | 6.278.516.139,00",
                "JUMLAH PENGELUARAN PEMBIAYAAN | 56.278.516.132 | 54.861.133.130,00",
                "PEMBIAYAAN NETTO | 863.048.605.490 | 824.465.988.492,40",
                "SISA LEBIH PEMBIAYAAN ANGGARAN | 0 | 560.299.752.843,21"));

        assertThat(findings).containsExactlyInAnyOrder(
                sumMismatch(2989, REALISASI_ANGGARAN, "sum.group", "54.861.133.130,00", "54861133130.00", 3,
                        "54861133139.00", "-9.00", "54861133139"),
                sumMismatch(2993, REALISASI_ANGGARAN, "sum.total", "54.861.133.130,00", "54861133130.00", 3,
                        "54861133139.00", "-9.00", "54861133139"));
        // the overrun check needs the cicilan line in the expenditure section
        assertThat(placed.get(9)).isEqualTo(
                new SumCheck.Placed(BudgetLevel.JENIS_BELANJA, Optional.of(Section.EXPENDITURE)));
        assertThat(placed.get(2).section()).contains(Section.REVENUE);
    }

    @Test
    void bareJumlahTotalsTheTopLevelLines() {
        // seed 000 l.3636-3651, Satpol PP: programme, kegiatan and sub-kegiatan in columns B-D, anggaran E,
        // realisasi F; the table is split over three printed pages
        int[] rows = {3639, 3643, 3644, 3645, 3649, 3650};
        List<BudgetLine> lines = new ArrayList<>();
        String[][] subKegiatan = {
            {"Pencegahan Gangguan Ketenteraman dan ketertiban umum melalui deteksi dini dan cegah dini, pembinaan "
                + "dan penyuluhan, pelaksanaan patroli, pengamanan, dan pengawalan", "4.980.849.800", "4.934.497.150"},
            {"Penindakan atas gangguan Ketentraman dan Ketertiban Umum Berdasarkan Perda an Perkada melalui "
                + "Penertiban dan Penanganan Unjuk Rasa dan Kerusuhan Massa", "76.902.500", "36.801.250"},
            {"Koordinasi penyelenggaraan ketenteraman dan ketertiban umum serta perlindungan masyarakat tingkat "
                + "kabupaten/kota", "25.872.000", "24.130.200"},
            {"Pemberdayaan Perlindungan Masyarakat dalam rangka Ketentraman dan Ketertiban Umum", "29.100.400",
                "20.126.500"},
            {"Peningkatan Kapasitas SDM Satuan Polisi Pamong Praja dan Satuan Perlindungan Masyarakat termasuk "
                + "dalam Pelaksanaan Tugas yang bernuansa Hak Azazi Manusia", "149.196.400", "66.068.450"},
            {"Pengadaan dan pemeliharaan sarana dan prasarana ketertiban umum dan ketenteraman masyarakat",
                "47.500.000", "46.500.000"},
        };
        for (int i = 0; i < subKegiatan.length; i++) {
            lines.add(satpol(rows[i], BudgetLevel.SUB_KEGIATAN, subKegiatan[i][0], subKegiatan[i][1],
                    subKegiatan[i][2]));
        }
        lines.add(satpol(3651, BudgetLevel.UNKNOWN, "JUMLAH", "5.309.421.100", "5.142.876.650"));

        assertThat(run(lines)).containsExactly(sumMismatch(3651, SATPOL_REALISASI, "sum.total", "5.142.876.650",
                "5142876650", 6, "5128123550", "14753100", "5128123550"));
        assertThat(placed).extracting(SumCheck.Placed::level).containsExactly(BudgetLevel.SUB_KEGIATAN,
                BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN,
                BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.TOTAL);
    }

    @Test
    void bareJumlahStartsANewTotalForTheLinesAfterIt() {
        List<Finding> findings = run(table(1,
                "Belanja Pegawai | 100 | 90",
                "Belanja Barang | 50 | 40",
                "Jumlah | 150 | 130",
                "Belanja Modal | 70 | 60",
                "Jumlah | 70 | 60"));

        assertThat(findings).isEmpty();
    }

    @Test
    void totalWithinTheRulesToleranceIsNotReported() {
        var rows = RULES.columns().rows();
        SumCheck lenient = new SumCheck(RULES.budget(), false, rows.total(), rows.grandTotal(), new BigDecimal("10"),
                new Findings(RULES.checks()), found::add);
        for (BudgetLine l : table(1, "Belanja Pegawai | 100 | 90", "Belanja Barang | 50 | 40", "Jumlah | 160 | 141")) {
            if (l.total()) {
                lenient.total(l);
            } else {
                lenient.line(l, Optional.empty());
            }
        }
        lenient.end();

        assertThat(found).extracting(f -> f.location().cell()).containsExactly("C3");
    }
}
