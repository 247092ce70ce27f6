package id.saring.check;

import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.rules.BudgetRules.Placement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Kegiatan told from sub-kegiatan by their sums, with the programme budget of seed 003 (l.889-905). */
class LevelInferenceTest {

    private static final BudgetLevel K = BudgetLevel.KEGIATAN;
    private static final BudgetLevel S = BudgetLevel.SUB_KEGIATAN;

    private final LevelInference inference = new LevelInference(RULES.budget(), BigDecimal.ZERO);

    private List<BudgetLevel> levels(List<BudgetLine> run) {
        return inference.place(run).stream().map(p -> p.map(Placement::level).orElseThrow()).toList();
    }

    /** Seed 003 l.890-905: the lines below "Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota". */
    static final List<BudgetLine> PENUNJANG = List.of(
            line(890, "Administrasi Keuangan Perangkat Daerah", "1.523.620.340", "1.447.589.573"),
            line(891, "Penyediaan Gaji dan Tunjangan ASN", "1.488.622.040", "1.412.731.573"),
            line(894, "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi keuangan SKPD", "34.998.300", "34.858.000"),
            line(895, "Administrasi Umum Perangkat Daerah", "97.630.600", "88.754.800"),
            line(896, "Penyediaan Komponen Instalasi Listrik /Penerangan Bangunan kantor", "7.410.000", "7.410.000"),
            line(897, "Penyediaan Barang Cetak dan Penggandaan", "24.738.600", "24.738.600"),
            line(898, "Penyediaan Bahan bacaan dan Peraturan Perundang Undangan", "19.000.000", "10.670.000"),
            line(899, "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "46.482.000", "45.936.200"),
            line(901, "Penyediaan Jasa Penunjang Urusan Pemerintahan daerah", "186.429.900", "184.459.076"),
            line(902, "Penyediaan jasa Komunikasi Sumber daya Air dan Listrik", "5.229.900", "3.259.076"),
            line(903, "Penyediaan jasa Pelayanan Umum Kantor", "181.200.000", "181.200.000"),
            line(904, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "28.875.150",
                    "27.609.790"),
            line(905, "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, pajak dan Perijinan Kendaraan Dinas",
                    "28.875.150", "27.609.790"));

    @Test
    void lineThatTheLinesBelowAddUpToIsAKegiatanAndTheyAreItsSubKegiatan() {
        assertThat(levels(PENUNJANG)).containsExactly(K, S, S, K, S, S, S, S, K, S, S, K, S);
    }

    @Test
    void placementsAreThoseOfTheRuleFile() {
        List<Optional<Placement>> placed = inference.place(PENUNJANG.subList(0, 3));
        assertThat(placed.get(0)).isEqualTo(RULES.budget().byLevel(K));
        assertThat(placed.get(1)).isEqualTo(RULES.budget().byLevel(S));
        assertThat(placed.get(0).orElseThrow().rank()).isEqualTo(5);
        assertThat(placed.get(1).orElseThrow().rank()).isEqualTo(6);
    }

    @Test
    void kegiatanWhoseAmountsNoLinesAddUpToStandsAlone() {
        // the realisasi of the first line is one rupiah off the sum of the two below it
        List<BudgetLine> run = List.of(
                line(890, "Administrasi Keuangan Perangkat Daerah", "1.523.620.340", "1.447.589.574"),
                PENUNJANG.get(1), PENUNJANG.get(2));

        assertThat(levels(run)).containsExactly(K, K, K);
    }

    @Test
    void linesWithoutAmountsAreKegiatan() {
        // seed 003 l.929-930: a programme's kegiatan and sub-kegiatan with no budget written
        List<BudgetLine> run = List.of(
                line(929, "Fasilitasi Rekomendasi dan koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "", ""),
                line(930, "Fasilitasi Pelaksanaan Pemilihan Kepala Desa", "", ""));

        assertThat(levels(run)).containsExactly(K, K);
    }

    @Test
    void searchStopsOnceTheLinesBelowExceedTheLine() {
        List<BudgetLine> run = List.of(
                line(1, "Pemeliharaan Barang Milik Daerah", "10.000", ""),
                line(2, "Penyediaan Jasa Pemeliharaan", "12.000", ""),
                line(3, "Penyediaan Jasa Kebersihan", "-2.000", ""));

        assertThat(levels(run)).containsExactly(K, K, K);
    }

    @Test
    void withinTheToleranceASumAgrees() {
        LevelInference lenient = new LevelInference(RULES.budget(), new BigDecimal("1"));
        List<BudgetLine> run = List.of(
                line(890, "Administrasi Keuangan Perangkat Daerah", "1.523.620.340", "1.447.589.574"),
                PENUNJANG.get(1), PENUNJANG.get(2));

        assertThat(lenient.place(run)).extracting(p -> p.orElseThrow().level()).containsExactly(K, S, S);
    }
}
