package id.saring.layout;

import static id.saring.layout.SeedRows.row;
import static id.saring.layout.SeedRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.layout.SheetLayoutTest.Recorded;
import id.saring.layout.SheetLayoutTest.Table;
import id.saring.read.Cell;
import id.saring.read.SheetRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The structure inside and around a table: banner and {@code Sasaran n : …} heading rows, rows shifted one
 * column, merged ranges, a header of three rows, two tables on one sheet, hidden rows. Rows are the seeds' own;
 * unless a test says otherwise a row's number is the seed line it was copied from.
 */
class SheetLayoutStructureTest {

    private static final String HINT = "Sekretariat Daerah";

    // 004 l.909-910, Tabel 3.2: NO | INDIKATOR KINERJA UTAMA | Capaian 2021 | Capaian 2022 | 2023 over
    // Target | Realisasi | % Realisasi | Target Akhir Renstra 2026 | Capaian s.d 2023 thd Target Renstra
    private static final String IKU_HEADER = """
            NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
            \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
            """;
    private static final String LPPD = "1.\tNilai LPPD\t3,22\t2,82\t3,22\t2,85\t88.51\t3,34\t85.33";
    private static final String HUKUM = "2.\tIndeks Reformasi Hukum\t-\tCC\tCC\tA (86,45)\t172\tBB\t124";
    private static final String INFLASI = "3.\tIndeks Inflasi\t3\t3 \u00b1 1\t3 \u00b1 1\t3 \u00b1 1\t100\t3 \u00b1 1\t100";
    private static final String PEMBANGUNAN = "4.\tPersentase Ketepatan Kebijakan Pembangunan\t-\t95\t91\t98\t108\t93\t105";
    private static final String PENGADAAN = "5.\tPersentase Ketepatan Kebijakan Pengadaan Barang dan Jasa\t100\t100\t87,07\t100"
            + "\t114\t90\t111";
    // 004 l.939-942 and l.1052-1053: the sasaran the IKU of Tabel 3.2 are grouped under in chapter 3
    private static final String SASARAN_1 = "Meningkatnya kebijakan dibidang Pemerintahan dan Kesejahteraan rakyat";
    private static final String SASARAN_2 = "Meningkatnya kebijakan dibidang Perekonomian dan Pembangunan";

    // 003 l.864-866, the performance and budget table of Kecamatan Sumber Harta
    private static final String KINERJA_ANGGARAN_HEADER = """
            No\tSasaran Strategis\tIndikator Kinerja\tKinerja\t\t\tProgram\tKeuangan\t\t
            \t\t\tTarget\tRealisasi\tCapaian\t\tPagu\tRealisasi\tCapaian (%)
            1\t2\t3\t4\t5\t6\t7\t8\t9\t10
            """;
    private static final String IKM = "1\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan masyarakat\t84\t79,4"
            + "\t94,05%\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t49.052.750\t49.052.750\t100%";
    private static final String SAKIP = "6\tMeningkatnya Kualitas Tata Kelola kecamatan Sumber harta\t1.Nilai Evaluasi"
            + " SAKIP Kecamatan Sumber Harta\tB.(64,59)\t61,9\t95\tProgram Penunjang Urusan Pemerintahan Daerah"
            + " Kabupaten/Kota\t1.990.176.330\t1.748.413.239\t96,56%";

    // ---------------------------------------------------------------- banner and heading rows

    @Test
    void aSasaranHeadingGivesItsSasaranToTheRowsBelowItAndIsNoRow() {
        // Tabel 3.2 with its IKU grouped under the two sasaran of chapter 3, rows numbered as a sheet holds them:
        // the first heading merged across the table right under the header, the second in its first cell only
        List<SheetRow> sheet = new ArrayList<>(rows(1, "Tabel 3.2\nPencapaian IKU Sekretariat Daerah Kab. Bengkulu"
                + " Selatan\n\n" + IKU_HEADER));
        sheet.add(mergedAcross(6, "Sasaran 1 : " + SASARAN_1, 0, 8));
        sheet.add(row(7, LPPD));
        sheet.add(row(8, HUKUM));
        sheet.add(row(9, "Sasaran 2. " + SASARAN_2));
        sheet.add(row(10, INFLASI));
        sheet.add(row(11, PEMBANGUNAN));

        Recorded recorded = layout(sheet);

        assertThat(recorded.events).containsExactly("start 4-5", "row 7", "row 8", "row 10", "row 11", "end");
        // the heading is no header row: NO keeps its column, and the indicator its own
        assertThat(recorded.only().header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0),
                Field.INDIKATOR, List.of(1), Field.TARGET, List.of(4), Field.REALISASI, List.of(5),
                Field.CAPAIAN, List.of(6)));
        assertThat(described(recorded.only())).containsExactly(
                "7 DATA {NO=1., SASARAN=" + SASARAN_1 + ", INDIKATOR=Nilai LPPD} {TARGET=3,22, REALISASI=2,85,"
                        + " CAPAIAN=88.51} [3,22, 2,82] shift 0",
                "8 DATA {NO=2., SASARAN=" + SASARAN_1 + ", INDIKATOR=Indeks Reformasi Hukum} {TARGET=CC,"
                        + " REALISASI=A (86,45), CAPAIAN=172} [-, CC] shift 0",
                "10 DATA {NO=3., SASARAN=" + SASARAN_2 + ", INDIKATOR=Indeks Inflasi} {TARGET=3 \u00b1 1,"
                        + " REALISASI=3 \u00b1 1, CAPAIAN=100} [3, 3 \u00b1 1] shift 0",
                "11 DATA {NO=4., SASARAN=" + SASARAN_2 + ", INDIKATOR=Persentase Ketepatan Kebijakan Pembangunan}"
                        + " {TARGET=91, REALISASI=98, CAPAIAN=108} [-, 95] shift 0");
    }

    @Test
    void aSasaranHeadingRightUnderAOneRowHeaderStartsTheBody() {
        // 003 l.563-564 with the sasaran written as a heading over its indicator, merged across the table: the
        // heading holds a header word ("Sasaran") but is no sub-header
        Recorded recorded = layout(List.of(
                row(1, "No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )"),
                mergedAcross(2, "Sasaran 1 : Meningkatnya Kualitas Pelayanan Publik", 0, 5),
                row(3, "1\t\tIndeks Kepuasan masyarakat\t84\t79,35\t94,05%")));

        assertThat(recorded.events).containsExactly("start 1-1", "row 3", "end");
        assertThat(recorded.only().header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0),
                Field.SASARAN, List.of(1), Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3),
                Field.REALISASI, List.of(4), Field.CAPAIAN, List.of(5)));
        assertThat(described(recorded.only())).containsExactly(
                "3 DATA {NO=1, SASARAN=Meningkatnya Kualitas Pelayanan Publik, INDIKATOR=Indeks Kepuasan masyarakat}"
                        + " {TARGET=84, REALISASI=79,35, CAPAIAN=94,05%} [] shift 0");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # heading row                                                                  | sasaran it gives                                                        | seen at
            Sasaran 1 : Meningkatnya kualitas pendidikan                                   | Meningkatnya kualitas pendidikan                                        | 000 l.1964
            Sasaran 1.1.1: Meningkatnya Kualitas Sumber Daya Manusia                       | Meningkatnya Kualitas Sumber Daya Manusia                               | 000 l.620
            Sasaran 4..1.1: Meningkatnya akses pendidikan                                  | Meningkatnya akses pendidikan                                           | 000 l.737
            Sasaran 7.1.2 Meningkatnya Pelayanan publik                                    | Meningkatnya Pelayanan publik                                           | 000 l.842
            Sasaran 2. Meningkatnya kebijakan dibidang Perekonomian dan Pembangunan        | Meningkatnya kebijakan dibidang Perekonomian dan Pembangunan            | 004 l.1052-1053
            SASARAN STRATEGIS 3 : Meningkatnya Ketentraman dan Ketertiban Umum             | Meningkatnya Ketentraman dan Ketertiban Umum                            | 003 l.566
            Sasaran : Meningkatnya kesejahteraan masyarakat                                | Meningkatnya kesejahteraan masyarakat                                   | 000 l.1967
            """)
    void aHeadingsNumberIsNotPartOfTheSasaranItGives(String heading, String sasaran, String seenAt) {
        // 000 l.1961-1965: the heading between two indicators; l.1965 has no sasaran of its own
        Recorded recorded = layout(List.of(
                row(1961, "NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN"
                        + "\tKRITERIA"),
                row(1962, "1.\tMeningkatnya kualitas sumber daya manusia\t1. Indeks Pembangunan Manusia\t69,55\t72,33"
                        + "\t104\tSangat Baik"),
                row(1963, heading),
                row(1965, "\t\t4. Rata-rata Lama Sekolah\t8,45\t8,14\t96,33\tBaik")));

        assertThat(recorded.events).containsExactly("start 1961-1961", "row 1962", "row 1965", "end");
        assertThat(recorded.only().rows.get(1).text(Field.SASARAN)).isEqualTo(sasaran);
    }

    @Test
    void aHeadingWhoseTextIsOnTheNextRowNamesTheSasaranOfTheRowsBelow() {
        // 004 l.939-942: "SASARAN 1:" alone, its text on a row of its own; neither row is an IKU, and "1:" is no
        // sasaran: the text below it is
        List<SheetRow> sheet = new ArrayList<>(rows(909, IKU_HEADER));
        sheet.add(row(911, "SASARAN 1:"));
        sheet.add(mergedAcross(912, SASARAN_1, 0, 8));
        sheet.add(row(913, LPPD));

        Recorded recorded = layout(sheet);

        assertThat(recorded.events).containsExactly("start 909-910", "row 913", "end");
        assertThat(described(recorded.only())).containsExactly(
                "913 DATA {NO=1., SASARAN=" + SASARAN_1 + ", INDIKATOR=Nilai LPPD} {TARGET=3,22, REALISASI=2,85,"
                        + " CAPAIAN=88.51} [3,22, 2,82] shift 0");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # banner     | seen at
            SASARAN 1:   | 004 l.939, its text on l.942
            Sasaran 2.   | 004 l.1052, its text on l.1053
            SASARAN STRATEGIS | the header's word as a section banner
            """)
    void aSasaranBannerWithoutItsTextNamesNoSasaran(String banner, String seenAt) {
        // between two IKU of Tabel 3.2, the sasaran's text on the row below the banner, merged across
        List<SheetRow> sheet = new ArrayList<>(rows(909, IKU_HEADER));
        sheet.add(row(911, LPPD));
        sheet.add(mergedAcross(912, banner, 0, 8));
        sheet.add(mergedAcross(913, SASARAN_1, 0, 8));
        sheet.add(row(914, HUKUM));

        Recorded recorded = layout(sheet);

        assertThat(recorded.events).containsExactly("start 909-910", "row 911", "row 914", "end");
        assertThat(recorded.only().rows).extracting(r -> r.text(Field.SASARAN)).containsExactly("", "");
    }

    @Test
    void aMisiHeadingIsNoRowAndLeavesTheSasaranAsItIs() {
        // 004 l.708, the Misi the Setda's sasaran serve, between two IKU of one sasaran
        List<SheetRow> sheet = new ArrayList<>(rows(909, IKU_HEADER));
        sheet.add(row(911, "Sasaran 1 : " + SASARAN_1));
        sheet.add(row(912, LPPD));
        sheet.add(mergedAcross(913, "MISI 4 : Mewujudkan tata kelola pemerintahan yang baik dan bersih serta"
                + " pelayanan publik yang berkualitas berbasis teknologi informasi", 0, 8));
        sheet.add(row(914, HUKUM));

        Recorded recorded = layout(sheet);

        assertThat(recorded.events).containsExactly("start 909-910", "row 912", "row 914", "end");
        assertThat(recorded.only().rows).extracting(r -> r.text(Field.SASARAN)).containsExactly(SASARAN_1, SASARAN_1);
    }

    @Test
    void aBannerMergedAcrossAPerformanceTableIsNoRow() {
        // a section banner with no heading word, merged across Tabel 3.2 between two IKU
        List<SheetRow> sheet = new ArrayList<>(rows(909, IKU_HEADER));
        sheet.add(row(911, LPPD));
        sheet.add(mergedAcross(912, "Indikator Kinerja Utama Bagian Hukum", 0, 8));
        sheet.add(row(913, HUKUM));

        Recorded recorded = layout(sheet);

        assertThat(recorded.events).containsExactly("start 909-910", "row 911", "row 913", "end");
        assertThat(recorded.only().rows).extracting(r -> r.text(Field.SASARAN)).containsExactly("", "");
    }

    @Test
    void aSasaranHeadingInABudgetTableGivesItsSasaranToTheBudgetLines() {
        // 000 l.3638-3643, Satpol PP, with the sasaran its programme serves (000 l.625) as a heading over l.3643
        Recorded recorded = layout(List.of(
                row(3638, "NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tANGGARAN\tREALISASI\t%"),
                row(3639, "1\tProgram Peningkatan Ketentraman dan Ketertiban Umum\tPenanganan Gangguan Ketentraman dan"
                        + " Ketertiban Umum dalam 1 (satu) Daerah Kabupaten/Kota Program\t1. Pencegahan Gangguan"
                        + " Ketenteraman dan ketertiban umum melalui deteksi dini dan cegah dini, pembinaan dan"
                        + "\t4.980.849.800\t4.934.497.150\t99,07"),
                mergedAcross(3642, "Sasaran 1.2.1: Meningkatnya Keamanan dan ketertiban", 0, 6),
                row(3643, "\t\t\t2. Penindakan atas gangguan Ketentraman dan Ketertiban Umum Berdasarkan Perda an"
                        + " Perkada melalui Penertiban dan Penanganan Unjuk Rasa dan Kerusuhan Massa\t76.902.500"
                        + "\t36.801.250\t47,85")));

        assertThat(recorded.events).containsExactly("start 3638-3638", "row 3639", "row 3643", "end");
        assertThat(recorded.only().rows).extracting(r -> r.text(Field.SASARAN))
                .containsExactly("", "Meningkatnya Keamanan dan ketertiban");
        assertThat(recorded.only().rows.get(1).text(Field.PROGRAM))
                .isEqualTo("Program Peningkatan Ketentraman dan Ketertiban Umum");
    }

    // ---------------------------------------------------------------- shifted rows

    @Test
    void aRowShiftedOneColumnLeftIsMovedRightUnderItsHeaders() {
        // 003 l.875: the PDF conversion put the second SAKIP indicator one column left, under the sasaran
        List<SheetRow> sheet = new ArrayList<>(rows(864, KINERJA_ANGGARAN_HEADER));
        sheet.add(row(873, SAKIP));
        sheet.add(row(875, "\t2. Indeks Profesional ASN Kecamatan Sumber Harta\t55\t49,1\t89"));

        Recorded recorded = layout(sheet);

        assertThat(described(recorded.only())).containsExactly(
                "873 DATA {NO=6, SASARAN=Meningkatnya Kualitas Tata Kelola kecamatan Sumber harta, INDIKATOR=Nilai"
                        + " Evaluasi SAKIP Kecamatan Sumber Harta, PROGRAM=Program Penunjang Urusan Pemerintahan"
                        + " Daerah Kabupaten/Kota} {TARGET=B.(64,59), REALISASI=61,9, CAPAIAN=95,"
                        + " PAGU=1.990.176.330, REALISASI_ANGGARAN=1.748.413.239, SERAPAN=96,56%} [] shift 0",
                "875 DATA {SASARAN=Meningkatnya Kualitas Tata Kelola kecamatan Sumber harta, INDIKATOR=Indeks"
                        + " Profesional ASN Kecamatan Sumber Harta, PROGRAM=Program Penunjang Urusan Pemerintahan"
                        + " Daerah Kabupaten/Kota} {TARGET=55, REALISASI=49,1, CAPAIAN=89} [] shift 1");
        // the cells keep the columns they were typed in: a finding points at the cell a person sees
        TableRow shifted = recorded.only().rows.get(1);
        assertThat(shifted.values().values()).extracting(Cell::column).containsExactly(2, 3, 4);
    }

    @Test
    void aRowShiftedOneColumnRightIsMovedLeftUnderItsHeaders() {
        // 003 l.867 typed one column too far right, from column B
        List<SheetRow> sheet = new ArrayList<>(rows(864, KINERJA_ANGGARAN_HEADER));
        sheet.add(row(867, "\t" + IKM));

        Recorded recorded = layout(sheet);

        assertThat(described(recorded.only())).containsExactly(
                "867 DATA {NO=1, SASARAN=Meningkatnya Kualitas Pelayanan Publik, INDIKATOR=Indeks Kepuasan masyarakat,"
                        + " PROGRAM=Program Penyelenggaraan Pemerintahan dan Pelayanan Publik} {TARGET=84,"
                        + " REALISASI=79,4, CAPAIAN=94,05%, PAGU=49.052.750, REALISASI_ANGGARAN=49.052.750,"
                        + " SERAPAN=100%} [] shift -1");
        assertThat(recorded.only().rows.get(0).values().values()).extracting(Cell::column)
                .containsExactly(4, 5, 6, 8, 9, 10);
    }

    @Test
    void wordsInAValueColumnAreNoShift() {
        // 000 l.2911-2914: "Nominasi" and "Tidak masuk nominasi" stand where the target and realisasi belong
        List<SheetRow> sheet = new ArrayList<>(rows(2911, """
                No\tTujuan/ Sasaran Strategis\tIndikator Kinerja\t\tKinerja\t\t\tProgram\tAnggaran\t\t
                \t\t\t\tTarget\tRealisasi\tCapaian\t\tPagu (Rp)\tRealisasi (Rp)\tCapaian
                (1)\t(2)\t(3)\t\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)
                12.\tMeningkatnya kualitas perencanaan\t16.\tPenghargaan pembangunan daerah\tNominasi\tTidak masuk nominasi\t0 %\tProgram perencanaan, pengendalian dan evaluasi pembangunan daerah\t2.707.615.878\t2.398.052.336\t89
                """));

        Recorded recorded = layout(sheet);

        assertThat(described(recorded.only())).containsExactly(
                "2914 DATA {NO=12., SASARAN=Meningkatnya kualitas perencanaan, INDIKATOR=Penghargaan pembangunan"
                        + " daerah, PROGRAM=Program perencanaan, pengendalian dan evaluasi pembangunan daerah}"
                        + " {TARGET=Nominasi, REALISASI=Tidak masuk nominasi, CAPAIAN=0 %, PAGU=2.707.615.878,"
                        + " REALISASI_ANGGARAN=2.398.052.336, SERAPAN=89} [] shift 0");
    }

    @Test
    void anAmountWithWordsInAValueColumnIsNoShift() {
        // 000 l.1961, 1967-1969: "Rp. 181 juta*" reads like words, yet the row without number and sasaran fits
        // its headers as it is
        List<SheetRow> sheet = new ArrayList<>(List.of(row(1961, "NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA"
                + "\tTARGET PERJANJIAN KINERJA\tREALISASI\tCAPAIAN\tKRITERIA")));
        sheet.addAll(rows(1967, """
                5.\tMeningkatnya kesejahteraan masyarakat\t6. Laju Pertumbuhan Ekonomi\t6,37\t8,58\t134,69\tSangat Baik
                \t\t7. Indeks Gini Ratio\t0,31\t0,313\t99,04\tBaik
                \t\t8. PDRB Perkapita\tRp.132 juta\tRp. 181 juta*\t137,12\tSangat Baik
                """));

        Recorded recorded = layout(sheet);

        assertThat(described(recorded.only())).element(2).isEqualTo(
                "1969 DATA {SASARAN=Meningkatnya kesejahteraan masyarakat, INDIKATOR=PDRB Perkapita}"
                        + " {TARGET=Rp.132 juta, REALISASI=Rp. 181 juta*, CAPAIAN=137,12, PREDIKAT=Sangat Baik} []"
                        + " shift 0");
    }

    // ---------------------------------------------------------------- merged ranges

    @Test
    void copiesOfAMergedRangeGiveLabelsButNeverValues() {
        // 000 l.2744-2748: the sasaran, indicator and kinerja of l.2747 merged down over the programmes below
        List<SheetRow> sheet = new ArrayList<>(rows(2744, """
                No\tTujuan/ Sasaran Strategis\tIndikator Kinerja\t\tKinerja\t\t\tProgram\tAnggaran\t\t
                \t\t\t\tTarget\tRealisasi\tCapaian\t\tPagu (Rp)\tRealisasi (Rp)\tCapaian
                (1)\t(2)\t(3)\t\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)
                """));
        SheetRow first = row(2747, "1.\tMeningkatnya kualitas sumber daya manusia\t1.\tIndeks Pembangunan Manusia\t69,55"
                + "\t72,33\t104\tProgram pengembangan kapasitas daya saing kepemudaan\t4.515.497.000\t2.594.023.659\t57");
        sheet.add(first);
        sheet.add(mergedDown(row(2748, "\t\t\t\t\t\t\tProgram pengembangan kapasitas daya saing keolahragaan"
                + "\t44.354.907.410\t40.391.497.994\t91"), first, 0, 1, 2, 3, 4, 5, 6));

        Recorded recorded = layout(sheet);

        assertThat(described(recorded.only())).containsExactly(
                "2747 DATA {NO=1., SASARAN=Meningkatnya kualitas sumber daya manusia, INDIKATOR=Indeks Pembangunan"
                        + " Manusia, PROGRAM=Program pengembangan kapasitas daya saing kepemudaan} {TARGET=69,55,"
                        + " REALISASI=72,33, CAPAIAN=104, PAGU=4.515.497.000, REALISASI_ANGGARAN=2.594.023.659,"
                        + " SERAPAN=57} [] shift 0",
                // the IPM's target, realisasi and capaian are counted once, on l.2747
                "2748 DATA {NO=1., SASARAN=Meningkatnya kualitas sumber daya manusia, INDIKATOR=Indeks Pembangunan"
                        + " Manusia, PROGRAM=Program pengembangan kapasitas daya saing keolahragaan}"
                        + " {PAGU=44.354.907.410, REALISASI_ANGGARAN=40.391.497.994, SERAPAN=91} [] shift 0");
    }

    @Test
    void copiesInAnOtherYearColumnAreNoOtherYearValues() {
        // Tabel 3.2 with Indeks Inflasi (l.913) on two lines, the second with its 2023 figures as plain numbers;
        // the number, name and history of the first are merged down over both
        List<SheetRow> sheet = new ArrayList<>(rows(909, IKU_HEADER));
        SheetRow inflasi = row(911, INFLASI);
        sheet.add(inflasi);
        sheet.add(mergedDown(row(912, "\t\t\t\t3\t3\t100\t\t"), inflasi, 0, 1, 2, 3));

        Recorded recorded = layout(sheet);

        assertThat(recorded.only().rows).extracting(r -> r.otherValues().size()).containsExactly(2, 0);
        assertThat(recorded.only().rows.get(1).values().values()).extracting(Cell::text)
                .containsExactly("3", "3", "100");
    }

    @Test
    void aRowOfNothingButMergedCopiesIsNoSecondRecord() {
        // 003 l.867-868 as a sheet holds them when the IKM row is two rows tall: every cell of row 867 merged down
        // over row 868, l.868 typed on row 869
        List<SheetRow> sheet = new ArrayList<>(rows(864, KINERJA_ANGGARAN_HEADER));
        SheetRow ikm = row(867, IKM);
        sheet.add(ikm);
        sheet.add(mergedDown(new SheetRow(868, List.of(), false), ikm, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        sheet.add(row(869, "2\tMeningkatnya Keberdayaan Masyarakat Desa dan Kelurahan dalam Pembangunan\tPeerentase"
                + " partisipasi dan Swadaya Masyarakat Desa dan Kelurahan dalam Pembangunan\t87\t80\t91%\tProgram"
                + " Pemberdayaan Masyarakat Desa dan Kelurahan\t241.647.000\t239.107.600\t97%"));

        Recorded recorded = layout(sheet);

        assertThat(recorded.events).containsExactly("start 864-865", "row 867", "row 869", "end");
    }

    @Test
    void aShiftedRowMovesItsOwnCellsAndLeavesTheCopiesOfAMergedRangeWhereTheRangeIs() {
        // 003 l.875 shifted left, under the number 6 of l.873 merged down over it: the copy is no cell of the row's
        // own, it neither decides the shift nor moves with it
        List<SheetRow> sheet = new ArrayList<>(rows(864, KINERJA_ANGGARAN_HEADER));
        SheetRow sakip = row(873, SAKIP);
        sheet.add(sakip);
        sheet.add(mergedDown(row(875, "\t2. Indeks Profesional ASN Kecamatan Sumber Harta\t55\t49,1\t89"), sakip, 0));

        Recorded recorded = layout(sheet);

        assertThat(described(recorded.only())).element(1).isEqualTo(
                "875 DATA {NO=6, SASARAN=Meningkatnya Kualitas Tata Kelola kecamatan Sumber harta, INDIKATOR=Indeks"
                        + " Profesional ASN Kecamatan Sumber Harta, PROGRAM=Program Penunjang Urusan Pemerintahan"
                        + " Daerah Kabupaten/Kota} {TARGET=55, REALISASI=49,1, CAPAIAN=89} [] shift 1");
    }

    // ---------------------------------------------------------------- header shapes

    @Test
    void aThreeRowHeaderWithAColumnNumberRowUnderIt() {
        // 003 l.864-867 with a row of units under the labels, as 000 l.3029-3030 writes "(Rp) | (%)"
        Recorded recorded = layout(List.of(
                row(864, "No\tSasaran Strategis\tIndikator Kinerja\tKinerja\t\t\tProgram\tKeuangan\t\t"),
                row(865, "\t\t\tTarget\tRealisasi\tCapaian\t\tPagu\tRealisasi\tCapaian"),
                row(866, "\t\t\t\t\t(%)\t\t(Rp)\t(Rp)\t(%)"),
                row(867, "1\t2\t3\t4\t5\t6\t7\t8\t9\t10"),
                row(868, IKM)));

        assertThat(recorded.events).containsExactly("start 864-866", "row 868", "end");
        TableHeader header = recorded.only().header;
        assertThat(Headers.of(header.columns())).containsExactly(
                Map.entry(0, "No"),
                Map.entry(1, "Sasaran Strategis"),
                Map.entry(2, "Indikator Kinerja"),
                Map.entry(3, "Kinerja Target"),
                Map.entry(4, "Kinerja Realisasi"),
                Map.entry(5, "Kinerja Capaian (%)"),
                Map.entry(6, "Program"),
                Map.entry(7, "Keuangan Pagu (Rp)"),
                Map.entry(8, "Keuangan Realisasi (Rp)"),
                Map.entry(9, "Keuangan Capaian (%)"));
        assertThat(header.columns().columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3), Field.REALISASI, List.of(4),
                Field.CAPAIAN, List.of(5), Field.PROGRAM, List.of(6), Field.PAGU, List.of(7),
                Field.REALISASI_ANGGARAN, List.of(8), Field.SERAPAN, List.of(9)));
        assertThat(described(recorded.only())).containsExactly(
                "868 DATA {NO=1, SASARAN=Meningkatnya Kualitas Pelayanan Publik, INDIKATOR=Indeks Kepuasan masyarakat,"
                        + " PROGRAM=Program Penyelenggaraan Pemerintahan dan Pelayanan Publik} {TARGET=84,"
                        + " REALISASI=79,4, CAPAIAN=94,05%, PAGU=49.052.750, REALISASI_ANGGARAN=49.052.750,"
                        + " SERAPAN=100%} [] shift 0");
    }

    // ---------------------------------------------------------------- several tables on one sheet

    @Test
    void aTitleRowBetweenTwoTablesTitlesTheSecond() {
        // 000 l.3201-3217 and l.3223-3240: the SPM targets and the SPM budget of Dinas Kesehatan, typed into one
        // sheet without the report's prose between them (l.3219-3221); each title sits in the NO column
        List<SheetRow> sheet = new ArrayList<>(rows(3201, """
                Target dan sasaran SPM Bidang Kesehatan yang telah fdi tetapkan Pemerintah Daerah Kabupaten Muara Enim Tahun 2023

                NO\tINDIKATOR LAYANAN SPM\tSasaran 2023\tTarget (%)
                1\t2\t3\t4
                1\tPelayanan kesehatan ibu hamil mendapatkan pelayanan sesuai standar\t11.570\t100
                2\tPelayanan kesehatan ibu bersalin mendapatkan pelayanan sesuai standar\t10.812\t100
                """));
        sheet.addAll(rows(3223, """
                Alokasi Anggaran SPM Bidang Kesehatan Kabupaten Muara Enim 2023

                NO\tINDIKATOR LAYANAN SPM\tTotal Anggaran SPM (Rp)
                1\t2\t3
                1\tPelayanan kesehatan ibu hamil mendapatkan pelayanan sesuai standar\t1.127.735.000,00
                2\tPelayanan kesehatan ibu bersalin mendapatkan pelayanan sesuai standar\t10.325.000,00
                """));
        sheet.add(row(3240, "Total\t\t6.053.147.620,00"));

        Recorded recorded = new Recorded();
        SheetLayout layout = new SheetLayout("spm.xlsx", "SPM", HINT, BundledVocabulary.get(), recorded);
        run(layout, sheet);

        assertThat(layout.tables()).isEqualTo(2);
        assertThat(recorded.events).containsExactly("start 3203-3203", "row 3205", "row 3206", "end",
                "start 3225-3225", "row 3227", "row 3228", "row 3240", "end");
        TableHeader first = recorded.tables.get(0).header;
        TableHeader second = recorded.tables.get(1).header;
        assertThat(first.title()).isEqualTo("Target dan sasaran SPM Bidang Kesehatan yang telah fdi tetapkan"
                + " Pemerintah Daerah Kabupaten Muara Enim Tahun 2023");
        assertThat(first.kind()).isEqualTo(TableKind.CAPAIAN);
        assertThat(second.title()).isEqualTo("Alokasi Anggaran SPM Bidang Kesehatan Kabupaten Muara Enim 2023");
        assertThat(second.tahun()).isEqualTo("2023");
        assertThat(second.opd()).isEqualTo(HINT);
        assertThat(second.kind()).isEqualTo(TableKind.BUDGET);
        assertThat(described(recorded.tables.get(1))).containsExactly(
                "3227 DATA {NO=1, INDIKATOR=Pelayanan kesehatan ibu hamil mendapatkan pelayanan sesuai standar}"
                        + " {PAGU=1.127.735.000,00} [] shift 0",
                "3228 DATA {NO=2, INDIKATOR=Pelayanan kesehatan ibu bersalin mendapatkan pelayanan sesuai standar}"
                        + " {PAGU=10.325.000,00} [] shift 0",
                "3240 TOTAL {NO=Total} {PAGU=6.053.147.620,00} [] shift 0");
    }

    // ---------------------------------------------------------------- hidden rows

    @Test
    void hiddenRowsAreLaidOutLikeTheOthers() {
        // Tabel 3.2 with l.912 hidden: the reader flags it, the layout reads it (the pipeline notes it)
        List<SheetRow> sheet = new ArrayList<>(rows(909, IKU_HEADER));
        sheet.add(row(911, LPPD));
        SheetRow hukum = row(912, HUKUM);
        sheet.add(new SheetRow(hukum.number(), hukum.cells(), true));
        sheet.add(row(913, INFLASI));

        Recorded recorded = layout(sheet);

        assertThat(recorded.events).containsExactly("start 909-910", "row 911", "row 912", "row 913", "end");
        assertThat(recorded.only().rows.get(1).value(Field.REALISASI)).map(Cell::text).contains("A (86,45)");
    }

    // ---------------------------------------------------------------- fixtures

    /** A row holding {@code text} in {@code first} and copies of it up to {@code last}: a range merged across. */
    private static SheetRow mergedAcross(int number, String text, int first, int last) {
        Cell cell = Cell.text(first, text);
        List<Cell> cells = new ArrayList<>(List.of(cell));
        for (int c = first + 1; c <= last; c++) {
            cells.add(cell.copyAt(c));
        }
        return new SheetRow(number, cells, false);
    }

    /** {@code row} with copies of the cells of {@code above} in {@code columns}: ranges merged down over both. */
    private static SheetRow mergedDown(SheetRow row, SheetRow above, int... columns) {
        List<Cell> cells = new ArrayList<>(row.cells());
        for (int column : columns) {
            Cell top = above.cell(column).orElseThrow();
            cells.removeIf(c -> c.column() == column);
            cells.add(top.copyAt(column));
        }
        cells.sort(Comparator.comparingInt(Cell::column));
        return new SheetRow(row.number(), cells, row.hidden());
    }

    private static Recorded layout(List<SheetRow> rows) {
        Recorded recorded = new Recorded();
        run(new SheetLayout("lkj-2023.xlsx", "Bab III", HINT, BundledVocabulary.get(), recorded), rows);
        return recorded;
    }

    private static void run(SheetLayout layout, List<SheetRow> rows) {
        rows.forEach(layout::accept);
        layout.finish();
    }

    /** Each row of {@code table} as {@code number KIND {texts} {value texts} [other value texts] shift n}. */
    private static List<String> described(Table table) {
        return table.rows.stream().map(r -> Table.describe(r) + " shift " + r.shift()).toList();
    }
}
