package id.saring.layout;

import static id.saring.layout.SeedRows.row;
import static id.saring.layout.SeedRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.BudgetLevel;
import id.saring.read.Cell;
import id.saring.read.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables found in the seed reports' own rows. Unless a test says otherwise, a row's number is the seed line it was
 * copied from, so that a failure points at the line to read; the markdown bold marks of the converted text are
 * dropped, as a spreadsheet has none.
 */
class SheetLayoutTest {

    private static final String HINT = "Kecamatan Semende Darat Tengah";

    // ---------------------------------------------------------------- title block and one-row header

    @Test
    void aTitleBlockThenAOneRowHeaderGivesCaptionAgencyYearAndColumns() {
        // 001 l.428-436: Sasaran Strategis, Indikator Kinerja dan Target Kinerja
        Recorded sheet = layout(rows(428, """
                Tabel
                Sasaran Strategis, Indikator Kinerja dan Target Kinerja
                SKPD Kecamatan Semende Darat Tengah Kabupaten Muara Enim
                Tahun 2023

                No\tSasaran Strategis\tIndikator Kinerja\tTarget
                1.\tMeningkatnya Kualitas Pelayanan Publik\ta. Indeks Kepuasan Masyarakat (IKM)\tBaik
                2.\tMeningkatnya Peran Kecamatan dalam Penyelenggaraan Pemerintah\ta. Rata-rata Capaian Kegiatan Pemerintahan yang terselenggara\t100%
                3.\tMeningkatnya Akuntabilitas Kinerja Kecamatan\ta. Nilai Sakip Kecamatan\t62,00
                """));

        assertThat(sheet.events).containsExactly("start 433-433", "row 434", "row 435", "row 436", "end");
        TableHeader header = sheet.only().header;
        assertThat(header.sheet()).isEqualTo("IKU");
        assertThat(header.title()).isEqualTo("Tabel Sasaran Strategis, Indikator Kinerja dan Target Kinerja");
        assertThat(header.opd()).isEqualTo("Kecamatan Semende Darat Tengah Kabupaten Muara Enim");
        assertThat(header.tahun()).isEqualTo("2023");
        assertThat(header.kind()).isEqualTo(TableKind.CAPAIAN);
        assertThat(header.columns().columns()).isEqualTo(Map.of(
                Field.NO, List.of(0), Field.SASARAN, List.of(1), Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3)));
        assertThat(header.columns().otherValues()).isEmpty();
        assertThat(header.columns().year()).isEmpty();
        assertThat(sheet.only().described()).containsExactly(
                "434 DATA {NO=1., SASARAN=Meningkatnya Kualitas Pelayanan Publik, INDIKATOR=Indeks Kepuasan Masyarakat"
                        + " (IKM)} {TARGET=Baik} []",
                "435 DATA {NO=2., SASARAN=Meningkatnya Peran Kecamatan dalam Penyelenggaraan Pemerintah,"
                        + " INDIKATOR=Rata-rata Capaian Kegiatan Pemerintahan yang terselenggara} {TARGET=100%} []",
                "436 DATA {NO=3., SASARAN=Meningkatnya Akuntabilitas Kinerja Kecamatan,"
                        + " INDIKATOR=Nilai Sakip Kecamatan} {TARGET=62,00} []");
    }

    @Test
    void aBlankSasaranIsCarriedDownAndNumberedIndicatorsStayIndicators() {
        // 000 l.1958-1967: "4. Rata-rata Lama Sekolah" and "7. Indeks Gini Ratio" sit under the sasaran above
        Recorded sheet = layout(rows(1958, """
                Tabel Hasil Pengukuran Kinerja Pemerintah Kabupaten Muara Enim
                Tahun 2023

                NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN\tKRITERIA
                1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t72,33\t104\tSangat Baik
                2.\tMeningkatnya Derajat Kesehatan Masyarakat\t2. Angka Harapan Hidup\t69,51\t74,29\t106,88\tSangat Baik
                3.\tMeningkatnya kualitas pendidikan\t3. Angka Harapan Lama Sekolah\t12,02\t12,01\t99,92\tBaik
                \t\t4. Rata-rata Lama Sekolah\t8,45\t8,14\t96,33\tBaik
                4.\tMeningkatnya standar kelayakan hidup masyarakat\t5. Tingkat Daya Beli Masyarakat\tRp.10,95 juta\tRp. 11,683 juta\t106,69\tSangat Baik
                5.\tMeningkatnya kesejahteraan masyarakat\t6. Laju Pertumbuhan Ekonomi\t6,37\t8,58\t134,69\tSangat Baik
                \t\t7. Indeks Gini Ratio\t0,31\t0,313\t99,04\tBaik
                """));

        TableHeader header = sheet.only().header;
        assertThat(header.title()).isEqualTo("Tabel Hasil Pengukuran Kinerja Pemerintah Kabupaten Muara Enim");
        assertThat(header.opd()).isEqualTo("Pemerintah Kabupaten Muara Enim");
        assertThat(header.tahun()).isEqualTo("2023");
        assertThat(header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3), Field.REALISASI, List.of(4),
                Field.CAPAIAN, List.of(5), Field.PREDIKAT, List.of(6)));
        assertThat(sheet.only().described()).containsExactly(
                "1962 DATA {NO=1., SASARAN=Meningkatnya kualitas sumber daya manusia, INDIKATOR=Indeks Pembangunan"
                        + " Manusia} {TARGET=69,55, REALISASI=72,33, CAPAIAN=104, PREDIKAT=Sangat Baik} []",
                "1963 DATA {NO=2., SASARAN=Meningkatnya Derajat Kesehatan Masyarakat, INDIKATOR=Angka Harapan Hidup}"
                        + " {TARGET=69,51, REALISASI=74,29, CAPAIAN=106,88, PREDIKAT=Sangat Baik} []",
                "1964 DATA {NO=3., SASARAN=Meningkatnya kualitas pendidikan, INDIKATOR=Angka Harapan Lama Sekolah}"
                        + " {TARGET=12,02, REALISASI=12,01, CAPAIAN=99,92, PREDIKAT=Baik} []",
                "1965 DATA {SASARAN=Meningkatnya kualitas pendidikan, INDIKATOR=Rata-rata Lama Sekolah}"
                        + " {TARGET=8,45, REALISASI=8,14, CAPAIAN=96,33, PREDIKAT=Baik} []",
                "1966 DATA {NO=4., SASARAN=Meningkatnya standar kelayakan hidup masyarakat, INDIKATOR=Tingkat Daya Beli"
                        + " Masyarakat} {TARGET=Rp.10,95 juta, REALISASI=Rp. 11,683 juta, CAPAIAN=106,69,"
                        + " PREDIKAT=Sangat Baik} []",
                "1967 DATA {NO=5., SASARAN=Meningkatnya kesejahteraan masyarakat, INDIKATOR=Laju Pertumbuhan Ekonomi}"
                        + " {TARGET=6,37, REALISASI=8,58, CAPAIAN=134,69, PREDIKAT=Sangat Baik} []",
                "1968 DATA {SASARAN=Meningkatnya kesejahteraan masyarakat, INDIKATOR=Indeks Gini Ratio}"
                        + " {TARGET=0,31, REALISASI=0,313, CAPAIAN=99,04, PREDIKAT=Baik} []");
    }

    // ---------------------------------------------------------------- headers of two and three rows

    @Test
    void aTwoRowHeaderGivesTheYearGroupToEachColumnBelowIt() {
        // 004 l.906-911: "2023" merged over Target | Realisasi | % Realisasi
        Recorded sheet = layout(rows(906, """
                Tabel 3.2
                Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan

                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                1.\tNilai LPPD\t3,22\t2,82\t3,22\t2,85\t88.51\t3,34\t85.33
                """));

        TableHeader header = sheet.only().header;
        assertThat(header.headerFirstRow()).isEqualTo(909);
        assertThat(header.headerLastRow()).isEqualTo(910);
        assertThat(Headers.of(header.columns())).containsExactly(
                Map.entry(0, "NO"),
                Map.entry(1, "INDIKATOR KINERJA UTAMA"),
                Map.entry(2, "Capaian 2021"),
                Map.entry(3, "Capaian 2022"),
                Map.entry(4, "2023 Target"),
                Map.entry(5, "2023 Realisasi"),
                Map.entry(6, "2023 % Realisasi"),
                Map.entry(7, "Target Akhir Renstra 2026"),
                Map.entry(8, "Capaian s.d 2023 thd Target Renstra"));
        assertThat(header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.INDIKATOR, List.of(1),
                Field.TARGET, List.of(4), Field.REALISASI, List.of(5), Field.CAPAIAN, List.of(6)));
        // the capaian of 2021 and 2022 are history; the final Renstra target and its capaian are no measure at all
        assertThat(header.columns().otherValues()).containsExactly(2, 3);
        assertThat(header.columns().year()).isEqualTo("2023");
        assertThat(header.tahun()).isEqualTo("2023");
        assertThat(header.opd()).isEqualTo("Sekretariat Daerah Kab. Bengkulu Selatan");
        assertThat(sheet.only().described()).containsExactly(
                "911 DATA {NO=1., INDIKATOR=Nilai LPPD} {TARGET=3,22, REALISASI=2,85, CAPAIAN=88.51} [3,22, 2,82]");
    }

    @Test
    void theReportingYearsColumnsAreTheMeasuresAndOtherYearsAreKeptAsHistory() {
        // 000 l.2072-2079: Tahun 2022, Tahun 2023 and RPJMD 2018 - 2023, each with target and realisasi
        Recorded sheet = layout(rows(2072, """
                Tabel Analisis Pencapaian Sasaran Strategis 3


                Indikator Sasaran\tSatuan\tTahun 2022\t\tCapaian Kinerja Tahun 2022 (%)\tTahun 2023\t\tCapaian Kinerja Tahun 2023 (%)\tRPJMD 2018 - 2023\t\tCapaian Kinerja 2023 (%)
                \t\tTarget\tRealisasi\t\tTarget\tRealisasi\t\tTarget 2023\tRealisasi 2023\t
                Harapan Lama Sekolah\tTahun\t12,00\t11,99\t99,16\t12,02\t12,01\t99,92\t12,02\t12,01\t99,92
                Rata-Rata Lama Sekolah\tTahun\t8,40\t7,90\t94,04\t8,45\t8,14\t96,33\t8,45\t8,14\t96,33
                Rata \u2013 rata capaian kinerja\t\t\t\t96,60\t\t\t98,12\t\t\t98,12
                """));

        ColumnMap columns = sheet.only().header.columns();
        assertThat(columns.columns()).isEqualTo(Map.of(Field.INDIKATOR, List.of(0), Field.SATUAN, List.of(1),
                Field.TARGET, List.of(5), Field.REALISASI, List.of(6), Field.CAPAIAN, List.of(7)));
        assertThat(columns.otherValues()).containsExactly(2, 3, 4, 8, 9, 10);
        assertThat(columns.year()).isEqualTo("2023");
        assertThat(sheet.only().header.title()).isEqualTo("Tabel Analisis Pencapaian Sasaran Strategis 3");
        assertThat(sheet.only().described()).containsExactly(
                "2077 DATA {INDIKATOR=Harapan Lama Sekolah, SATUAN=Tahun} {TARGET=12,02, REALISASI=12,01,"
                        + " CAPAIAN=99,92} [12,00, 11,99, 99,16, 12,02, 12,01, 99,92]",
                "2078 DATA {INDIKATOR=Rata-Rata Lama Sekolah, SATUAN=Tahun} {TARGET=8,45, REALISASI=8,14,"
                        + " CAPAIAN=96,33} [8,40, 7,90, 94,04, 8,45, 8,14, 96,33]",
                "2079 AVERAGE {INDIKATOR=Rata \u2013 rata capaian kinerja} {CAPAIAN=98,12} [96,60, 98,12]");
    }

    @Test
    void aGroupRowAboveTheHeaderTellsKinerjaFromKeuangan() {
        // 003 l.862-867: Kinerja and Keuangan over Target | Realisasi | Capaian | Pagu | Realisasi | Capaian (%)
        Recorded sheet = layout(rows(862, """
                Tabel

                No\tSasaran Strategis\tIndikator Kinerja\tKinerja\t\t\tProgram\tKeuangan\t\t
                \t\t\tTarget\tRealisasi\tCapaian\t\tPagu\tRealisasi\tCapaian (%)
                1\t2\t3\t4\t5\t6\t7\t8\t9\t10
                1\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan masyarakat\t84\t79,4\t94,05%\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t49.052.750\t49.052.750\t100%
                """));

        TableHeader header = sheet.only().header;
        assertThat(header.headerFirstRow()).isEqualTo(864);
        assertThat(header.headerLastRow()).isEqualTo(865);
        assertThat(header.kind()).isEqualTo(TableKind.MIXED);
        assertThat(header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3), Field.REALISASI, List.of(4),
                Field.CAPAIAN, List.of(5), Field.PROGRAM, List.of(6), Field.PAGU, List.of(7),
                Field.REALISASI_ANGGARAN, List.of(8), Field.SERAPAN, List.of(9)));
        assertThat(Headers.of(header.columns())).containsEntry(8, "Keuangan Realisasi")
                .containsEntry(9, "Keuangan Capaian (%)");
        assertThat(sheet.events).containsExactly("start 864-865", "row 867", "end");
        assertThat(sheet.only().described()).containsExactly(
                "867 DATA {NO=1, SASARAN=Meningkatnya Kualitas Pelayanan Publik, INDIKATOR=Indeks Kepuasan masyarakat,"
                        + " PROGRAM=Program Penyelenggaraan Pemerintahan dan Pelayanan Publik} {TARGET=84,"
                        + " REALISASI=79,4, CAPAIAN=94,05%, PAGU=49.052.750, REALISASI_ANGGARAN=49.052.750,"
                        + " SERAPAN=100%} []");
    }

    @Test
    void aColumnNumberRowWithAGapIsSkippedAndASourceNoteEndsTheTable() {
        // 000 l.2911-2916 and 2923-2925: (1) (2) (3) _ (5) … under the header, "Sumber : …" under the table
        List<SheetRow> rows = new ArrayList<>(rows(2911, """
                No\tTujuan/ Sasaran Strategis\tIndikator Kinerja\t\tKinerja\t\t\tProgram\tAnggaran\t\t
                \t\t\t\tTarget\tRealisasi\tCapaian\t\tPagu (Rp)\tRealisasi (Rp)\tCapaian
                (1)\t(2)\t(3)\t\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)
                12.\tMeningkatnya kualitas perencanaan\t16.\tPenghargaan pembangunan daerah\tNominasi\tTidak masuk nominasi\t0 %\tProgram perencanaan, pengendalian dan evaluasi pembangunan daerah\t2.707.615.878\t2.398.052.336\t89
                \t\t\t\t\t\t\tProgram koordinasi dan sinkronisasi perencanaan pembangunan daerah\t4.328.825.300\t2.937.800.409\t68
                """));
        rows.addAll(rows(2923, """
                15.\tMeningkatnya penataan peraturan perundang-undangan\t20.\tPersentase peraturan perundang-undangan yang harmonis\t100\t100\t100 %\tProgram pemerintahan dan kesejahteraan rakyat\t13.375.684.500\t11.740.807.799\t88

                Sumber : Diolah dari data BPKAD, 2024
                """));
        // a row after the source note belongs to no table (000 l.2927)
        rows.add(row(2927, "Berdasarkan tabel dapat dilihat bahwa penggunaan anggaran untuk pencapaian sasaran strategis"
                + " telah cukup efisien."));

        Recorded sheet = layout(rows);

        assertThat(sheet.events).containsExactly("start 2911-2912", "row 2914", "row 2915", "row 2923", "end");
        // "Indikator Kinerja" is merged over the list number and the name: both columns are the indicator
        assertThat(sheet.only().header.columns().columnsOf(Field.INDIKATOR)).containsExactly(2, 3);
        assertThat(sheet.only().described()).containsExactly(
                "2914 DATA {NO=12., SASARAN=Meningkatnya kualitas perencanaan, INDIKATOR=Penghargaan pembangunan daerah,"
                        + " PROGRAM=Program perencanaan, pengendalian dan evaluasi pembangunan daerah}"
                        + " {TARGET=Nominasi, REALISASI=Tidak masuk nominasi, CAPAIAN=0 %, PAGU=2.707.615.878,"
                        + " REALISASI_ANGGARAN=2.398.052.336, SERAPAN=89} []",
                "2915 DATA {SASARAN=Meningkatnya kualitas perencanaan, PROGRAM=Program koordinasi dan sinkronisasi"
                        + " perencanaan pembangunan daerah} {PAGU=4.328.825.300, REALISASI_ANGGARAN=2.937.800.409,"
                        + " SERAPAN=68} []",
                "2923 DATA {NO=15., SASARAN=Meningkatnya penataan peraturan perundang-undangan,"
                        + " INDIKATOR=Persentase peraturan perundang-undangan yang harmonis, PROGRAM=Program"
                        + " pemerintahan dan kesejahteraan rakyat} {TARGET=100, REALISASI=100, CAPAIAN=100 %,"
                        + " PAGU=13.375.684.500, REALISASI_ANGGARAN=11.740.807.799, SERAPAN=88} []");
    }

    @Test
    void aHeaderRepeatedOnTheNextPageContinuesTheSameTable() {
        // 000 l.2744-2760: the header and its column numbers (now without the gap cell) repeat at l.2753-2755
        Recorded sheet = layout(rows(2744, """
                No\tTujuan/ Sasaran Strategis\tIndikator Kinerja\t\tKinerja\t\t\tProgram\tAnggaran\t\t
                \t\t\t\tTarget\tRealisasi\tCapaian\t\tPagu (Rp)\tRealisasi (Rp)\tCapaian
                (1)\t(2)\t(3)\t\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)
                1.\tMeningkatnya kualitas sumber daya manusia\t1.\tIndeks Pembangunan Manusia\t69,55\t72,33\t104\tProgram pengembangan kapasitas daya saing kepemudaan\t4.515.497.000\t2.594.023.659\t57
                \t\t\t\t\t\t\tProgram pengembangan kapasitas daya saing keolahragaan\t44.354.907.410\t40.391.497.994\t91
                \t\t\t\t\t\t\tProgram pengembangan kapasitas kepramukaan\t588.517.000\t574.159.485\t98
                \t\t\t\t\t\t\tProgram penguatan ideologi pancasila dan karakter kebangsaan\t2.090.800.400\t1.813.590.568\t87
                \t\t\t\t\t\t\tProgram peningkatan peran partai politik dan lembaga pendidikan melalui pendidikan politik dan pengembangan etika serta budaya politik\t41.974.443.697\t41.920.441.398\t100

                No\tTujuan/ Sasaran Strategis\tIndikator Kinerja\t\tKinerja\t\t\tProgram\tAnggaran\t\t
                \t\t\t\tTarget\tRealisasi\tCapaian\t\tPagu (Rp)\tRealisasi (Rp)\tCapaian
                (1)\t(2)\t(3)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)\t
                \t\t\t\t\t\t\tProgram pemberdayaan dan pengawasan organisasi kemasyarakatan\t688.950.800\t665.656.033\t97
                \t\t\t\t\t\t\tProgram pembinaan dan pengembangan ketahanan ekonomi, sosial, dan budaya\t770.483.000\t742.071.976\t96
                \t\t\t\t\t\t\tProgram peningkatan kewaspadaan nasional dan peningkatan kualitas dan fasilitasi penanganan konflik sosial\t3.823.447.000\t3.795.600.304\t99
                2.\tMeningkatnya derajat kesehatan masyarakat\t2.\tAngka Harapan Hidup\t69,51\t74,29\t106,88\tProgram pemenuhan upaya kesehatan perorangan dan upaya kesehatan masyarakat\t181.903.826.798\t168.396.773.460\t93
                """));

        assertThat(sheet.tables).hasSize(1);
        assertThat(sheet.only().rows).extracting(TableRow::number)
                .containsExactly(2747, 2748, 2749, 2750, 2751, 2756, 2757, 2758, 2759);
        // the sasaran of l.2747 reaches the programmes after the page break
        assertThat(sheet.only().rows.get(5).text(Field.SASARAN)).isEqualTo("Meningkatnya kualitas sumber daya manusia");
        assertThat(sheet.only().rows.get(8).text(Field.SASARAN)).isEqualTo("Meningkatnya derajat kesehatan masyarakat");
    }

    // ---------------------------------------------------------------- header words

    @Test
    void misspeltHeadersAreMappedToTheirFields() {
        // 003 l.563-564: "Tatget" and "Ralisasi"
        Recorded sheet = layout(rows(563, """
                No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )
                1\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan masyarakat\t84\t79,35\t94,05%
                """));

        assertThat(sheet.only().header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0),
                Field.SASARAN, List.of(1), Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3),
                Field.REALISASI, List.of(4), Field.CAPAIAN, List.of(5)));
        assertThat(sheet.only().described()).containsExactly(
                "564 DATA {NO=1, SASARAN=Meningkatnya Kualitas Pelayanan Publik, INDIKATOR=Indeks Kepuasan masyarakat}"
                        + " {TARGET=84, REALISASI=79,35, CAPAIAN=94,05%} []");
    }

    @Test
    void theFinalRenstraTargetIsNotTheTarget() {
        // 003 l.673-676: "Target Akhir Renstra" and "Realisasi Tahun 2023 terhadap Target Akhir Renstra"
        Recorded sheet = layout(rows(673, """
                No\tSasaran Strategis\tIndikator Kinerja\tTahun 2023\t\t\tTarget Akhir Renstra\tRealisasi Tahun 2023 terhadap Target Akhir Renstra
                \t\t\tTarget\tRealisasi\tCapaian\t\t
                1\t2\t3\t4\t5\t6\t7\t8
                1\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan masyarakat\t84\t79,35\t94,05 %\t90\t88,16
                """));

        ColumnMap columns = sheet.only().header.columns();
        assertThat(columns.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3), Field.REALISASI, List.of(4),
                Field.CAPAIAN, List.of(5)));
        assertThat(columns.otherValues()).isEmpty();
        assertThat(sheet.only().described()).containsExactly(
                "676 DATA {NO=1, SASARAN=Meningkatnya Kualitas Pelayanan Publik, INDIKATOR=Indeks Kepuasan masyarakat}"
                        + " {TARGET=84, REALISASI=79,35, CAPAIAN=94,05 %} []");
    }

    // ---------------------------------------------------------------- budget tables

    @Test
    void aBudgetTableReadsRealisasiAndPercentAsRealisasiAnggaranAndSerapan() {
        // 000 l.2931-2942: the LRA, with last year's realisasi beside this year's
        Recorded sheet = layout(rows(2931, """
                Tabel
                LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA (Konsolidasi)
                TAHUN ANGGARAN 2023
                01 Januari 2023 sampai 31 Desember 2023 (UNAUDITED)

                (dalam rupiah)

                URAIAN\tANGGARAN\tREALISASI 2023\t% 2023\tREALISASI 2022
                2\t3\t4\t5\t6
                PENDAPATAN DAERAH\t2.882.409.372.759\t3.072.122.820.707,93\t106,58\t3.274.039.681.092,27
                PENDAPATAN ASLI DAERAH (PAD)\t298.669.489.952\t354.647.394.506,93\t118,74\t251.759.607.178,25
                Pajak Daerah\t90.635.401.852\t118.950.890.750,00\t131,24\t89.016.060.316,00
                """));

        TableHeader header = sheet.only().header;
        assertThat(header.kind()).isEqualTo(TableKind.BUDGET);
        assertThat(header.columns().columns()).isEqualTo(Map.of(Field.URAIAN, List.of(0), Field.PAGU, List.of(1),
                Field.REALISASI_ANGGARAN, List.of(2), Field.SERAPAN, List.of(3)));
        assertThat(header.columns().otherValues()).containsExactly(4);
        assertThat(header.title()).isEqualTo("Tabel LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA (Konsolidasi)");
        assertThat(header.tahun()).isEqualTo("2023");
        assertThat(header.opd()).isEqualTo(HINT);
        assertThat(sheet.only().described()).containsExactly(
                "2940 DATA {URAIAN=PENDAPATAN DAERAH} {PAGU=2.882.409.372.759, REALISASI_ANGGARAN=3.072.122.820.707,93,"
                        + " SERAPAN=106,58} [3.274.039.681.092,27]",
                "2941 DATA {URAIAN=PENDAPATAN ASLI DAERAH (PAD)} {PAGU=298.669.489.952,"
                        + " REALISASI_ANGGARAN=354.647.394.506,93, SERAPAN=118,74} [251.759.607.178,25]",
                "2942 DATA {URAIAN=Pajak Daerah} {PAGU=90.635.401.852, REALISASI_ANGGARAN=118.950.890.750,00,"
                        + " SERAPAN=131,24} [89.016.060.316,00]");
    }

    @Test
    void programmeAndKegiatanAreCarriedDownToTheirSubKegiatanButNotToTheTotal() {
        // 000 l.3636-3651, Satpol PP: rows of the page breaks (l.3641-3642, 3646-3648) left out
        List<SheetRow> rows = new ArrayList<>(rows(3636, """
                PROGRAM DAN KEGIATAN SATUAN POLISI PAMONG PRAJA KABUPATEN MUARA ENIM TAHUN 2023

                NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tANGGARAN\tREALISASI\t%
                1\tProgram Peningkatan Ketentraman dan Ketertiban Umum\tPenanganan Gangguan Ketentraman dan Ketertiban Umum dalam 1 (satu) Daerah Kabupaten/Kota\t1. Pencegahan Gangguan Ketenteraman dan ketertiban umum melalui deteksi dini dan cegah dini, pembinaan dan\t4.980.849.800\t4.934.497.150\t99,07
                """));
        rows.addAll(rows(3643, """
                \t\t\t2. Penindakan atas gangguan Ketentraman dan Ketertiban Umum Berdasarkan Perda an Perkada melalui Penertiban dan Penanganan Unjuk Rasa dan Kerusuhan Massa\t76.902.500\t36.801.250\t47,85
                \t\t\t3. Koordinasi penyelenggaraan ketenteraman dan ketertiban umum serta perlindungan masyarakat tingkat kabupaten/kota\t25.872.000\t24.130.200\t93,27
                \t\t\t4 Pemberdayaan Perlindungan Masyarakat dalam rangka Ketentraman dan\t29.100.400\t20.126.500\t69,16
                """));
        rows.add(row(3651, "JUMLAH\t\t\t\t5.309.421.100\t5.142.876.650\t96,58"));

        Recorded sheet = layout(rows);

        TableHeader header = sheet.only().header;
        assertThat(header.kind()).isEqualTo(TableKind.BUDGET);
        assertThat(header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.PROGRAM, List.of(1),
                Field.KEGIATAN, List.of(2), Field.SUB_KEGIATAN, List.of(3), Field.PAGU, List.of(4),
                Field.REALISASI_ANGGARAN, List.of(5), Field.SERAPAN, List.of(6)));
        assertThat(header.opd()).isEqualTo("Satuan Polisi Pamong Praja Kabupaten Muara Enim");
        String program = "PROGRAM=Program Peningkatan Ketentraman dan Ketertiban Umum, ";
        String kegiatan = "KEGIATAN=Penanganan Gangguan Ketentraman dan Ketertiban Umum dalam 1 (satu) Daerah"
                + " Kabupaten/Kota, ";
        assertThat(sheet.only().described()).containsExactly(
                "3639 DATA {NO=1, " + program + kegiatan + "SUB_KEGIATAN=Pencegahan Gangguan Ketenteraman dan"
                        + " ketertiban umum melalui deteksi dini dan cegah dini, pembinaan dan} {PAGU=4.980.849.800,"
                        + " REALISASI_ANGGARAN=4.934.497.150, SERAPAN=99,07} []",
                "3643 DATA {" + program + kegiatan + "SUB_KEGIATAN=Penindakan atas gangguan Ketentraman dan Ketertiban"
                        + " Umum Berdasarkan Perda an Perkada melalui Penertiban dan Penanganan Unjuk Rasa dan"
                        + " Kerusuhan Massa} {PAGU=76.902.500, REALISASI_ANGGARAN=36.801.250, SERAPAN=47,85} []",
                "3644 DATA {" + program + kegiatan + "SUB_KEGIATAN=Koordinasi penyelenggaraan ketenteraman dan"
                        + " ketertiban umum serta perlindungan masyarakat tingkat kabupaten/kota} {PAGU=25.872.000,"
                        + " REALISASI_ANGGARAN=24.130.200, SERAPAN=93,27} []",
                "3645 DATA {" + program + kegiatan + "SUB_KEGIATAN=Pemberdayaan Perlindungan Masyarakat dalam rangka"
                        + " Ketentraman dan} {PAGU=29.100.400, REALISASI_ANGGARAN=20.126.500, SERAPAN=69,16} []",
                "3651 TOTAL {NO=JUMLAH} {PAGU=5.309.421.100, REALISASI_ANGGARAN=5.142.876.650, SERAPAN=96,58} []");
        assertThat(sheet.only().rows).extracting(TableRow::columnLevel).containsExactly(BudgetLevel.SUB_KEGIATAN,
                BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.SUB_KEGIATAN, BudgetLevel.UNKNOWN);
    }

    // ---------------------------------------------------------------- totals and averages

    private static final List<SheetRow> LRA_HEADER = rows(2938, "URAIAN\tANGGARAN\tREALISASI 2023\t% 2023\tREALISASI 2022\n");
    private static final List<SheetRow> SATPOL_HEADER = rows(3638, "NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tANGGARAN\tREALISASI\t%\n");
    private static final List<SheetRow> IKU_HEADER = rows(1961,
            "NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN\tKRITERIA\n");
    private static final List<SheetRow> KEGIATAN_HEADER = rows(1201, """
            No\tProgram/Kegiatan/Sub Kegiatan\tSasaran Program/Kegiatan/Sub Kegiatan\tIndikator Sasaran Program/Kegiatan/Sub Kegiatan\tKinerja\t
            \t\t\t\tTarget\tRealisasi
            """);
    private static final List<SheetRow> MULTI_YEAR_HEADER = rows(2075, """
            Indikator Sasaran\tSatuan\tTahun 2022\t\tCapaian Kinerja Tahun 2022 (%)\tTahun 2023\t\tCapaian Kinerja Tahun 2023 (%)\tRPJMD 2018 - 2023\t\tCapaian Kinerja 2023 (%)
            \t\tTarget\tRealisasi\t\tTarget\tRealisasi\t\tTarget 2023\tRealisasi 2023\t
            """);
    private static final List<SheetRow> SASARAN_HEADER = rows(433, "No\tSasaran Strategis\tIndikator Kinerja\tTarget\n");

    static Stream<Arguments> rowKinds() {
        return Stream.of(
                // budget table: a label starting with a total word is a total
                Arguments.of("000 l.2964", LRA_HEADER,
                        row(2964, "JUMLAH BELANJA OPERASI\t2.124.505.487.815\t1.891.605.435.158,08\t89,04\t1.678.254.571.789,33"),
                        RowKind.TOTAL),
                Arguments.of("000 l.2955", LRA_HEADER,
                        row(2955, "JUMLAH PENDAPATAN\t2.882.409.372.759\t3.072.122.820.707,93\t106,58\t3.274.039.681.092,27"),
                        RowKind.TOTAL),
                Arguments.of("000 l.2957", LRA_HEADER,
                        row(2957, "BELANJA OPERASI\t2.124.505.487.815\t1.891.605.425.158,08\t89,04\t1.678.254.571.789,33"),
                        RowKind.DATA),
                Arguments.of("000 l.3651", SATPOL_HEADER,
                        row(3651, "JUMLAH\t\t\t\t5.309.421.100\t5.142.876.650\t96,58"), RowKind.TOTAL),
                // performance tables: only the bare words count, and a numbered row is never a total
                Arguments.of("004 l.1218", KEGIATAN_HEADER,
                        row(1218, "\t\t\tJumlah PD yang sudah menyusun SOP\t32 Unit\t32 Unit"), RowKind.DATA),
                Arguments.of("000 l.1965", IKU_HEADER,
                        row(1965, "\t\t4. Rata-rata Lama Sekolah\t8,45\t8,14\t96,33\tBaik"), RowKind.DATA),
                Arguments.of("000 l.2078", MULTI_YEAR_HEADER,
                        row(2078, "Rata-Rata Lama Sekolah\tTahun\t8,40\t7,90\t94,04\t8,45\t8,14\t96,33\t8,45\t8,14\t96,33"),
                        RowKind.DATA),
                Arguments.of("000 l.2079", MULTI_YEAR_HEADER,
                        row(2079, "Rata \u2013 rata capaian kinerja\t\t\t\t96,60\t\t\t98,12\t\t\t98,12"),
                        RowKind.AVERAGE),
                // 001 l.435 with its sasaran left blank, as under a merged cell: "rata-rata capaian" but numbered
                Arguments.of("001 l.435", SASARAN_HEADER,
                        row(435, "\t\ta. Rata-rata Capaian Kegiatan Pemerintahan yang terselenggara\t100%"),
                        RowKind.DATA));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {3}")
    @MethodSource("rowKinds")
    void totalRowsAreToldFromIndicatorsThatStartWithTheSameWords(String seedLine, List<SheetRow> header,
            SheetRow row, RowKind kind) {
        List<SheetRow> rows = new ArrayList<>(header);
        rows.add(row);

        Recorded sheet = layout(rows);

        assertThat(sheet.only().rows).extracting(TableRow::kind).containsExactly(kind);
    }

    // ---------------------------------------------------------------- wrapped cells

    @Test
    void aWrappedCellContinuedOnTheNextRowIsJoinedToTheRowAbove() {
        // 003 l.563, 567, 571, 572 in consecutive rows 1-4: l.571 carries on the sasaran and indikator of l.567
        Recorded sheet = layout(List.of(
                row(1, "No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )"),
                row(2, "4\tMeningkatnya Impelementasi nilai-nilai\tPersentase Desa dan kelurahan\t100%\t100\t100%"),
                row(3, "\tPancasila,wawasan kebangsaan, keagamaan dan pelaksanaan UUD Negara Republik Indonesia"
                        + "\tyang bebas Konflik\t\t\t"),
                row(4, "5\tMeningkatnya Kualitas pelayanan administrasi Pemerintahan\tPersentase Desa Yang tertib"
                        + " Administrasi\t87%\t80\t91%")));

        assertThat(sheet.only().described()).containsExactly(
                "2 DATA {NO=4, SASARAN=Meningkatnya Impelementasi nilai-nilai Pancasila,wawasan kebangsaan, keagamaan"
                        + " dan pelaksanaan UUD Negara Republik Indonesia, INDIKATOR=Persentase Desa dan kelurahan yang"
                        + " bebas Konflik} {TARGET=100%, REALISASI=100, CAPAIAN=100%} []",
                "4 DATA {NO=5, SASARAN=Meningkatnya Kualitas pelayanan administrasi Pemerintahan,"
                        + " INDIKATOR=Persentase Desa Yang tertib Administrasi} {TARGET=87%, REALISASI=80,"
                        + " CAPAIAN=91%} []");
    }

    @Test
    void aSecondIndicatorWithValuesIsNotAWrappedCell() {
        // 003 l.573-574: no number, no sasaran, but values of its own
        Recorded sheet = layout(List.of(
                row(1, "No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )"),
                row(2, "6\tMeningkatnya Kualitas Tata Kelola kecamatan Sumber harta\t1.Nilai Evaluasi SAKIP Kecamatan"
                        + " Sumber Harta\tB(64,59)\t61,90\t95"),
                row(3, "\t\t2.Indeks Profesional ASN Kecamatan Sumber Harta\t55.17\t49,12\t89")));

        assertThat(sheet.only().described()).containsExactly(
                "2 DATA {NO=6, SASARAN=Meningkatnya Kualitas Tata Kelola kecamatan Sumber harta, INDIKATOR=Nilai"
                        + " Evaluasi SAKIP Kecamatan Sumber Harta} {TARGET=B(64,59), REALISASI=61,90, CAPAIAN=95} []",
                "3 DATA {SASARAN=Meningkatnya Kualitas Tata Kelola kecamatan Sumber harta, INDIKATOR=Indeks"
                        + " Profesional ASN Kecamatan Sumber Harta} {TARGET=55.17, REALISASI=49,12, CAPAIAN=89} []");
    }

    // ---------------------------------------------------------------- where tables end

    @Test
    void aCaptionRowEndsTheTableAndTitlesTheNextOnOnTheSameSheet() {
        // 004 l.906-913 and 922-928: Tabel 3.2, then Tabel 3.3 on the same sheet
        List<SheetRow> rows = new ArrayList<>(rows(906, """
                Tabel 3.2
                Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan

                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                1.\tNilai LPPD\t3,22\t2,82\t3,22\t2,85\t88.51\t3,34\t85.33
                2.\tIndeks Reformasi Hukum\t-\tCC\tCC\tA (86,45)\t172\tBB\t124
                3.\tIndeks Inflasi\t3\t3 \u00b1 1\t3 \u00b1 1\t3 \u00b1 1\t100\t3 \u00b1 1\t100
                """));
        rows.addAll(rows(922, """
                Tabel 3.3 Pencapaian IKU Per Triwulan

                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2023\t2023\t\t\t
                \t\t\tTriwulan I\tTriwulan II\tTriwulan III\tTriwulan IV
                1.\tNilai LPPD\t2,85\t\t\t\t2,85
                2.\tIndeks Reformasi Hukum\tA (86,45)\t\t\t\tA (86,45)
                3.\tIndeks Inflasi\t3 \u00b1 1\t\t\t\t3 \u00b1 1
                """));
        SheetLayoutRun run = run(rows);

        assertThat(run.layout.tables()).isEqualTo(2);
        assertThat(run.sheet.events).containsExactly("start 909-910", "row 911", "row 912", "row 913", "end",
                "start 924-924", "row 926", "row 927", "row 928", "end");
        TableHeader second = run.sheet.tables.get(1).header;
        assertThat(second.title()).isEqualTo("Tabel 3.3 Pencapaian IKU Per Triwulan");
        // the second caption names no agency: the sheet's first title block does
        assertThat(second.opd()).isEqualTo("Sekretariat Daerah Kab. Bengkulu Selatan");
        assertThat(second.tahun()).isEqualTo("2023");
        // without a target or realisasi beside it, "Capaian 2023" lists what was achieved: the realisasi
        assertThat(second.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.INDIKATOR, List.of(1),
                Field.REALISASI, List.of(2)));
        assertThat(run.sheet.tables.get(1).described()).containsExactly(
                "926 DATA {NO=1., INDIKATOR=Nilai LPPD} {REALISASI=2,85} []",
                "927 DATA {NO=2., INDIKATOR=Indeks Reformasi Hukum} {REALISASI=A (86,45)} []",
                "928 DATA {NO=3., INDIKATOR=Indeks Inflasi} {REALISASI=3 \u00b1 1} []");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # closing row                              | seen at
            Sumber : Diolah dari data BPKAD, 2024      | 000 l.2925
            Sumber: Permendagri 54 Tahun 2010, diolah  | 004 l.898
            NIP. 19690926 199403 1 003                 | 004 l.32
            Kepala Dinas/Badan/Camat                   | 004 l.769
            Mengetahui                                 | 001 l.55
            Plt. Camat Semende Darat Tengah            | 001 l.57
            Camat Sumber Harta,                        | 003 l.136
            Sekretaris Daerah                          | 004 l.29
            BUPATI BENGKULU SELATAN                    | 004 l.754
            Keterangan :                               | an end word of columns.yaml
            """)
    void aSourceNoteOrSignatureEndsTheTable(String closing, String seenAt) {
        // 004 l.909-912, the closing row, then a row that would be data if the table went on
        List<SheetRow> rows = new ArrayList<>(rows(909, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                1.\tNilai LPPD\t3,22\t2,82\t3,22\t2,85\t88.51\t3,34\t85.33
                """));
        rows.add(row(912, closing));
        rows.add(row(913, "3.\tIndeks Inflasi\t3\t3 \u00b1 1\t3 \u00b1 1\t3 \u00b1 1\t100\t3 \u00b1 1\t100"));

        Recorded sheet = layout(rows);

        assertThat(sheet.events).containsExactly("start 909-910", "row 911", "end");
    }

    @Test
    void aHeaderLeftOpenAtTheEndOfTheSheetIsAnEmptyTable() {
        SheetLayoutRun run = run(rows(909, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                """));

        assertThat(run.sheet.events).containsExactly("start 909-910", "end");
        assertThat(run.layout.tables()).isEqualTo(1);
    }

    @Test
    void aRowOfYearsWithoutAnyMeasureIsNoHeader() {
        // 000 l.2029-2031: the IPM dimensions by year have no target, realisasi or capaian column
        SheetLayoutRun run = run(rows(2029, """
                No\tIPM\tSatuan\t2019\t2020\t2021\t2022\t2023
                \tUmur Panjang dan Hidup Sehat\t\t\t\t\t\t
                1.\tUmur Harapan Hidup Saat Lahir\tTahun\t68,63\t68,90\t69,02\t69,38\t74,29
                """));

        assertThat(run.sheet.events).isEmpty();
        assertThat(run.layout.tables()).isZero();
    }

    // ---------------------------------------------------------------- agency and year

    static Stream<Arguments> titleBlocks() {
        return Stream.of(
                // 004 l.772-779: a labelled agency
                Arguments.of(List.of("PERJANJIAN KINERJA TAHUN 2023", "ORGANISASI PERANGKAT DAERAH",
                        "OPD : Sekretaris Daerah", "Tahun Anggaran : 2023"), "Sekretaris Daerah"),
                // 003 l.17: the agency word and the capitalised name after it, up to "Tahun"
                Arguments.of(List.of("Puji Syukur kita panjatkan kehadiran Allah SWT Karena atas berkat dan rahmat-Nya"
                        + " kegiatan penyusunan Laporan Kinerja instansi Pemerintah ( LKJIP ) Kecamatan Sumber Harta"
                        + " Kabupaten Musi Rawas Tahun 2023"), "Kecamatan Sumber Harta Kabupaten Musi Rawas"),
                // 000 l.3636: all capitals become title case
                Arguments.of(List.of("PROGRAM DAN KEGIATAN SATUAN POLISI PAMONG PRAJA KABUPATEN MUARA ENIM TAHUN 2023"),
                        "Satuan Polisi Pamong Praja Kabupaten Muara Enim"),
                // 001 l.574-578: "Kecamatan dalam" is a sentence, not a name: the folder's hint is used
                Arguments.of(List.of("Tabel", "Tingkat Capaian Sasaran", "Meningkatnya Peran Kecamatan dalam"
                        + " Penyelenggaraan Pemerintahan, Pembangunan dan Pelayanan Masyarakat Kecamatan."), HINT),
                Arguments.of(List.of(), HINT));
    }

    @ParameterizedTest(name = "[{index}] -> {1}")
    @MethodSource("titleBlocks")
    void theAgencyComesFromTheTitleBlockElseFromTheHint(List<String> titleLines, String opd) {
        Recorded sheet = layout(withSasaranTable(titleLines));

        assertThat(sheet.only().header.opd()).isEqualTo(opd);
    }

    static Stream<Arguments> years() {
        return Stream.of(
                // 004 l.779
                Arguments.of(List.of("OPD : Sekretaris Daerah", "Tahun Anggaran : 2023"), "2023"),
                // 000 l.2933
                Arguments.of(List.of("LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA (Konsolidasi)",
                        "TAHUN ANGGARAN 2023"), "2023"),
                // 001 l.431
                Arguments.of(List.of("Sasaran Strategis, Indikator Kinerja dan Target Kinerja", "Tahun 2023"), "2023"),
                // 001 l.574-578: no year anywhere
                Arguments.of(List.of("Tabel", "Tingkat Capaian Sasaran"), ""));
    }

    @ParameterizedTest(name = "[{index}] {0} -> ''{1}''")
    @MethodSource("years")
    void theYearComesFromTheTitleBlockWhenTheHeaderShowsNone(List<String> titleLines, String tahun) {
        Recorded sheet = layout(withSasaranTable(titleLines));

        assertThat(sheet.only().header.tahun()).isEqualTo(tahun);
    }

    @Test
    void theHeadersYearWinsOverTheTitleBlocks() {
        // 000 l.2027 "Tahun 2019 - 2023" above the header of l.2075-2076, whose measures are of 2023
        List<SheetRow> rows = new ArrayList<>(List.of(row(2073, "Tahun 2019 - 2023")));
        rows.addAll(MULTI_YEAR_HEADER);
        rows.add(row(2077, "Harapan Lama Sekolah\tTahun\t12,00\t11,99\t99,16\t12,02\t12,01\t99,92\t12,02\t12,01\t99,92"));

        Recorded sheet = layout(rows);

        assertThat(sheet.only().header.tahun()).isEqualTo("2023");
    }

    // ---------------------------------------------------------------- list numbers

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of("003 l.574", rows(563, "No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )\n"),
                        row(574, "\t\t2.Indeks Profesional ASN Kecamatan Sumber Harta\t55.17\t49,12\t89"),
                        Field.INDIKATOR, "Indeks Profesional ASN Kecamatan Sumber Harta"),
                Arguments.of("000 l.3645", SATPOL_HEADER,
                        row(3645, "\t\t\t4 Pemberdayaan Perlindungan Masyarakat dalam rangka Ketentraman dan"
                                + "\t29.100.400\t20.126.500\t69,16"),
                        Field.SUB_KEGIATAN, "Pemberdayaan Perlindungan Masyarakat dalam rangka Ketentraman dan"),
                Arguments.of("004 l.784", rows(781, "NO\tSASARAN STRATEGIS\tINDIKATOR KONERJA SASARAN\tSATUAN\tTARGET 2023\n"),
                        row(784, "3\tMeningkatnya kualitas pelayanan public\t- Opini Penyelenggaraan Pengawasan Kepatuhan"
                                + " Pelayanan Publik - Standar Pelayanan Publik\tNilai\t89,00 4,00"),
                        Field.INDIKATOR, "Opini Penyelenggaraan Pengawasan Kepatuhan Pelayanan Publik - Standar"
                                + " Pelayanan Publik"),
                Arguments.of("001 l.434", SASARAN_HEADER,
                        row(434, "1.\tMeningkatnya Kualitas Pelayanan Publik\ta. Indeks Kepuasan Masyarakat (IKM)\tBaik"),
                        Field.INDIKATOR, "Indeks Kepuasan Masyarakat (IKM)"),
                Arguments.of("004 l.1204", KEGIATAN_HEADER,
                        row(1204, "\t1. Sub Kegiatan Peningkatan kinerja reformasi birokrasi\t\t\t1 Dokumen\t1 Dokumen"),
                        Field.URAIAN, "Sub Kegiatan Peningkatan kinerja reformasi birokrasi"),
                // the number column keeps its text as written
                Arguments.of("001 l.434", SASARAN_HEADER,
                        row(434, "1.\tMeningkatnya Kualitas Pelayanan Publik\ta. Indeks Kepuasan Masyarakat (IKM)\tBaik"),
                        Field.NO, "1."));
    }

    @ParameterizedTest(name = "[{index}] {0} {3}")
    @MethodSource("labels")
    void listNumbersAreStrippedFromLabels(String seedLine, List<SheetRow> header, SheetRow row, Field field,
            String text) {
        List<SheetRow> rows = new ArrayList<>(header);
        rows.add(row);

        Recorded sheet = layout(rows);

        assertThat(sheet.only().rows.get(0).text(field)).isEqualTo(text);
    }

    // ---------------------------------------------------------------- fixtures

    /** The title lines (rows 1…), a blank row, then the header and first row of 001 l.580-581. */
    private static List<SheetRow> withSasaranTable(List<String> titleLines) {
        List<SheetRow> rows = new ArrayList<>();
        int n = 1;
        for (String line : titleLines) {
            rows.add(row(n++, line));
        }
        n++;
        rows.add(row(n++, "Indikator Sasaran\tTarget\tRealisasi\tCapaian"));
        rows.add(row(n, "Persentase Desa yang memiliki administrasi umum pemerintah dengan kualitas baik.\t80%\t97%\t100%"));
        return rows;
    }

    @Test
    void titleRowsUnderATableWithoutClosingRowTitleTheNextTable() {
        // 000 l.3638-3651, then the title block and header of 000 l.3116-3122 placed below it on the same sheet
        List<SheetRow> rows = new ArrayList<>(rows(3638, """
                NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tANGGARAN\tREALISASI\t%
                \t\t\t5. Peningkatan Kapasitas SDM Satuan Polisi Pamong Praja\t149.196.400\t66.068.450\t44,28
                JUMLAH\t\t\t\t5.309.421.100\t5.142.876.650\t96,58

                Program dan Kegiatan Yang Mendukung Penerapan dan Pencapaian SPM
                Bidang Urusan Pendidikan Kabupaten Muara Enim Serta Realisasinya
                Tahun 2023

                No.\tNama Program / Kegiatan\tAlokasi Anggaran\tRealisasi Anggaran\t% Capaian
                (1)\t(2)\t(3)\t\t(4)
                1.\tPROGRAM PENGELOLAAN PENDIDIKAN\t\t\t
                \tPengelolaan Pendidikan Sekolah Dasar\t141,531,258,069\t128,082,248,562\t90.50 %
                """));
        SheetLayoutRun run = run(rows);

        assertThat(run.sheet.events).containsExactly("start 3638-3638", "row 3639", "row 3640", "row 3642",
                "row 3643", "row 3644", "end", "start 3646-3646", "row 3648", "row 3649", "end");
        TableHeader second = run.sheet.tables.get(1).header;
        assertThat(second.title()).isEqualTo("Program dan Kegiatan Yang Mendukung Penerapan dan Pencapaian SPM");
        assertThat(second.tahun()).isEqualTo("2023");
    }

    @Test
    void aSasaranHeadingOverTwoRowsBetweenTablesIsTheSasaranOfTheNextTable() {
        // 004 l.1346-1369: "Sasaran 3." and its name on the next line, between Tabel 3.3.1 and Tabel 3.3.2
        Recorded sheet = layout(rows(1346, """
                Tabel 3.3.1.

                NO\tINDIKATOR KINERJA\t2023\t\t\tTarget Akhir Renstra 2026
                \t\tTarget\tRealisasi\t%\t
                1.\tPersentase Tingkat Kesejahteraan Masyarakat\t100\t90\t90\t100

                Sasaran 3.
                Meningkatnya kebijakan dibidang Administrasi Umum

                Tabel 3.3.2.

                NO\tINDIKATOR KINERJA\t2023\t\t\tTarget Akhir Renstra 2026
                \t\tTarget\tRealisasi\t%\t
                1.\tTingkat Kepatuhan Standar Pelayanan masyarakat\t81,00\t81,89\t101\t100
                """));

        assertThat(sheet.events).containsExactly("start 1348-1349", "row 1350", "end", "start 1357-1358", "row 1359",
                "end");
        assertThat(sheet.tables.get(0).rows.get(0).text(Field.SASARAN)).isEmpty();
        assertThat(sheet.tables.get(1).header.title()).isEqualTo("Tabel 3.3.2.");
        assertThat(sheet.tables.get(1).rows.get(0).text(Field.SASARAN))
                .isEqualTo("Meningkatnya kebijakan dibidang Administrasi Umum");
    }

    private static Recorded layout(List<SheetRow> rows) {
        return run(rows).sheet;
    }

    private static SheetLayoutRun run(List<SheetRow> rows) {
        Recorded recorded = new Recorded();
        SheetLayout layout = new SheetLayout("iku.xlsx", "IKU", HINT, BundledVocabulary.get(), recorded);
        rows.forEach(layout::accept);
        layout.finish();
        return new SheetLayoutRun(layout, recorded);
    }

    private record SheetLayoutRun(SheetLayout layout, Recorded sheet) {
    }

    /** One table as the listener received it. */
    static final class Table {
        final TableHeader header;
        final List<TableRow> rows = new ArrayList<>();

        Table(TableHeader header) {
            this.header = header;
        }

        /** Each row as {@code number KIND {texts} {value texts} [other value texts]}. */
        List<String> described() {
            return rows.stream().map(Table::describe).toList();
        }

        static String describe(TableRow r) {
            String values = r.values().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().text())
                    .collect(Collectors.joining(", ", "{", "}"));
            return r.number() + " " + r.kind() + " " + r.texts() + " " + values + " "
                    + r.otherValues().stream().map(Cell::text).toList();
        }
    }

    /** A listener that keeps the tables and the order of the calls. */
    static final class Recorded implements TableListener {
        final List<String> events = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();

        @Override
        public void startTable(TableHeader header) {
            events.add("start " + header.headerFirstRow() + "-" + header.headerLastRow());
            tables.add(new Table(header));
        }

        @Override
        public void row(TableRow row) {
            events.add("row " + row.number());
            tables.get(tables.size() - 1).rows.add(row);
        }

        @Override
        public void endTable() {
            events.add("end");
        }

        Table only() {
            assertThat(tables).hasSize(1);
            return tables.get(0);
        }
    }
}
