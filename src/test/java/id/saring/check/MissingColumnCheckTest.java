package id.saring.check;

import static id.saring.check.CheckFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.layout.TableHeader;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import org.junit.jupiter.api.Test;

/** Tables without the columns their checks need, from the headers of the seeds. */
class MissingColumnCheckTest {

    private final MissingColumnCheck check = new MissingColumnCheck(new Findings(RULES.checks()));
    private final MessageCatalog id = new MessageCatalog(Language.ID);
    private final MessageCatalog en = new MessageCatalog(Language.EN);

    private static TableHeader header(int first, String block) {
        return SeedTables.table("lkj-2023.xlsx", "Bab III", "Setda Bengkulu Selatan", first, block).header();
    }

    @Test
    void aCapaianOfTheYearWithoutTargetIsReportedOnItsHeaderCell() {
        // 004 l.924-926: Tabel 3.3 lists the 2023 "Capaian" (the realisasi: Nilai LPPD 2,85) and the quarters
        TableHeader triwulan = header(924, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2023\t2023\t\t\t
                \t\t\tTriwulan I\tTriwulan II\tTriwulan III\tTriwulan IV
                1.\tNilai LPPD\t2,85\t\t\t\t2,85
                """);

        Finding f = check.check(triwulan).orElseThrow();

        assertThat(f.category()).isEqualTo(Category.MISSING_COLUMN);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.rule()).isEqualTo("table.missing-column");
        assertThat(f.location().row()).isEqualTo(924);
        assertThat(f.location().cell()).isEqualTo("C924");
        assertThat(f.value()).isEqualTo("Capaian 2023");
        assertThat(f.expected()).isEqualTo("target");
        assertThat(id.render(f.message())).isEqualTo("Tabel ini memuat realisasi (kolom Capaian 2023) tetapi tidak "
                + "memuat kolom target, sehingga capaian tidak dapat dihitung dari target dan realisasi. Tambahkan "
                + "kolom target bila datanya ada.");
        assertThat(en.render(f.message())).isEqualTo("This table has realisasi (column Capaian 2023) but no column "
                + "for target, so no capaian can be computed from target and realisasi. Add the target column if "
                + "the figures exist.");
    }

    @Test
    void realisasiOfSeveralYearsWithoutTargetIsReportedOnTheReportingYearsColumn() {
        // 003 l.647-652: Realisasi over 2020 | 2021 | 2023, nothing to compare them with (the conversion's rule
        // line and blank line between the two header rows left out, so the rows are numbered from 647 on)
        TableHeader realisasi = header(647, """
                No\tSasaran Strategis\tIndikator Kinerja\tRealisasi\t\t
                \t\t\t2020\t2021\t2023
                (1)\t(2)\t(3)\t(4)\t(5)\t(6)
                1.\tMeningkatnya Kualitas Pelayanan Publik\tNilai Indeks Kepuasan Masyarakat\t-\t72\t79.53
                """);

        Finding f = check.check(realisasi).orElseThrow();

        assertThat(f.location().cell()).isEqualTo("F648");
        assertThat(f.value()).isEqualTo("Realisasi 2023");
        assertThat(f.message()).isEqualTo(Message.of("column.missing",
                Message.of("column.named", Message.of("field.realisasi"), "Realisasi 2023"),
                Message.of("field.target"), Message.of("column.missing.capaian")));
    }

    @Test
    void aCapaianAndRealisasiWithoutTargetNameBothAndNoSingleCell() {
        // 001 l.580-581 with its Target column left out
        TableHeader noTarget = header(580, """
                Indikator Sasaran\tRealisasi\tCapaian
                Persentase Desa yang memiliki administrasi umum pemerintah dengan kualitas baik.\t97%\t100%
                """);

        Finding f = check.check(noTarget).orElseThrow();

        assertThat(f.location().cell()).isEmpty();
        assertThat(f.location().row()).isEqualTo(580);
        assertThat(f.value()).isEmpty();
        assertThat(id.render(f.message())).startsWith("Tabel ini memuat realisasi (kolom Realisasi) dan capaian "
                + "(kolom Capaian) tetapi tidak memuat kolom target,");
    }

    @Test
    void aTableOfTargetsOnlyNeedsNothingMore() {
        // 004 l.781-785: the Perjanjian Kinerja states its targets
        assertThat(check.check(header(781, """
                NO\tSASARAN STRATEGIS\tINDIKATOR KONERJA SASARAN\tSATUAN\tTARGET 2023
                1\tMeningkatnya akuntabilitas kinerja pemerintah daerah\tNilai Evaluasi AKIP Kabupaten\tNilai\tB
                """))).isEmpty();
    }

    @Test
    void aTableWithTargetRealisasiAndCapaianIsComplete() {
        // 000 l.1961-1962
        assertThat(check.check(header(1961, """
                NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN\tKRITERIA
                1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t72,33\t104\tSangat Baik
                """))).isEmpty();
    }

    @Test
    void aBudgetAbsorptionWithoutPaguIsReported() {
        // 003 l.886-891 with its Plafon Anggaran column left out: the absorption cannot be recomputed
        Finding f = check.check(header(886, """
                No\tPrioritas Program dan Kegiatan\tPenyerapan\t
                \t\tRealisasi (Rp)\tCapaian (%)
                3\tPenyediaan Gaji dan Tunjangan ASN\t1.412.731.573\t94,99%
                """)).orElseThrow();

        assertThat(f.location().cell()).isEmpty();
        assertThat(f.location().row()).isEqualTo(887);
        assertThat(f.expected()).isEqualTo("pagu");
        assertThat(id.render(f.message())).isEqualTo("Tabel ini memuat realisasi anggaran (kolom Penyerapan Realisasi "
                + "(Rp)) dan serapan anggaran (kolom Penyerapan Capaian (%)) tetapi tidak memuat kolom pagu, sehingga "
                + "serapan anggaran tidak dapat dihitung dari realisasi dan pagu. Tambahkan kolom pagu bila datanya ada.");
    }

    @Test
    void aBudgetRealisasiWithoutPaguIsReportedOnItsHeaderCell() {
        // 003 l.886-891 with neither Plafon Anggaran nor Capaian (%)
        Finding f = check.check(header(886, """
                No\tPrioritas Program dan Kegiatan\tPenyerapan
                \t\tRealisasi (Rp)
                3\tPenyediaan Gaji dan Tunjangan ASN\t1.412.731.573
                """)).orElseThrow();

        assertThat(f.location().cell()).isEqualTo("C887");
        assertThat(en.render(f.message())).isEqualTo("This table has budget realisasi (column Penyerapan Realisasi (Rp)) "
                + "but no column for pagu, so neither the budget absorption nor realisasi above pagu can be checked. "
                + "Add the pagu column if the figures exist.");
    }

    @Test
    void aBudgetWithPaguRealisasiAndAbsorptionIsComplete() {
        // 000 l.3638-3639
        assertThat(check.check(header(3638, """
                NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tANGGARAN\tREALISASI\t%
                1\tProgram Peningkatan Ketentraman dan Ketertiban Umum\tPenanganan Gangguan Ketentraman dan Ketertiban Umum dalam 1 (satu) Daerah Kabupaten/Kota Program\t1. Pencegahan Gangguan Ketenteraman dan ketertiban umum melalui deteksi dini dan cegah dini, pembinaan dan\t4.980.849.800\t4.934.497.150\t99,07
                """))).isEmpty();
    }
}
