package id.saring.samples;

import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Regenerates the spreadsheet files of {@code input-samples/} from the seed reports they were copied from: the
 * {@code .xlsx} workbooks, one Excel 97-2003 {@code .xls} workbook (HSSF), one OpenDocument {@code .ods} spreadsheet
 * (SODS) and one HTML table saved with an {@code .xls} name, as web systems (e-SAKIP) export "Excel".
 *
 * <p>Every cell is written the way the agency's spreadsheet holds it: a {@link String} in the data arrays becomes a
 * text cell with exactly the seed's text (numbers kept as text, as agencies often type them), a {@link Num} becomes
 * a numeric cell with the given number format, and {@code null} leaves the cell empty. In the {@code .ods} sample a
 * {@link Double} is a float cell and an {@link OfficePercentage} a percentage cell, as LibreOffice stores what a user
 * with an Indonesian locale types. The seed line each table comes from is named on its method. The CSV samples are
 * plain files and are not written here.
 *
 * <p>Run from the project folder:
 *
 * <pre>
 * mvn -q -B test-compile
 * mvn -q -B dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) id.saring.samples.SampleWorkbooks input-samples
 * </pre>
 */
public final class SampleWorkbooks {

    /** How many bytes of the Sumber Harta workbook the "interrupted download" sample keeps. */
    private static final int TRUNCATED_LENGTH = 2_500;

    private SampleWorkbooks() {
    }

    /** A numeric cell: the value Excel stores and the number format it shows it with. */
    record Num(double value, String format) {
    }

    /** A number with Excel's General format (row numbers, column numbers). */
    static Num num(double value) {
        return new Num(value, "General");
    }

    /** A percentage typed as {@code 80%}: stored as 0.8 and shown with format {@code 0%}. */
    static Num pct(int percent) {
        return new Num(percent / 100.0, "0%");
    }

    /**
     * A percentage as the seed writes it ({@code 94,99%}, {@code 100%}): stored as a fraction (0.9499, 1) and shown
     * with as many decimals as the seed ({@code 0.00%}, {@code 0%}).
     */
    static Num pct(String seedText) {
        String digits = seedText.replace("%", "").trim();
        int comma = digits.indexOf(',');
        int decimals = comma < 0 ? 0 : digits.length() - comma - 1;
        String format = decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
        return new Num(new BigDecimal(digits.replace(',', '.')).movePointLeft(2).doubleValue(), format);
    }

    /** An amount in rupiah as the seed writes it with thousands dots ({@code 1.523.620.340}), format {@code #,##0}. */
    static Num rp(String seedText) {
        return new Num(Double.parseDouble(seedText.replace(".", "")), "#,##0");
    }

    /**
     * A number as the seed writes it with a decimal comma ({@code 69,55}, {@code 0,313}, {@code 104}), stored as a
     * number whose format shows the same number of decimals ({@code 0.00}, {@code 0.000}, {@code 0}).
     */
    static Num dec(String seedText) {
        int comma = seedText.indexOf(',');
        int decimals = comma < 0 ? 0 : seedText.length() - comma - 1;
        String format = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
        return new Num(Double.parseDouble(seedText.replace(',', '.')), format);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleWorkbooks <input-samples folder>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path sumberHarta = out.resolve("kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx");
        write(sumberHarta, SampleWorkbooks::sumberHartaKinerjaAnggaran);
        write(out.resolve("kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx"),
                SampleWorkbooks::semendeCapaianSasaran);
        write(out.resolve("setda-bengkulu-selatan/perjanjian-kinerja-2023.xlsx"),
                SampleWorkbooks::bengkuluSelatanPerjanjianKinerja);
        write(out.resolve("setda-bengkulu-selatan/realisasi-apbd-2023.xlsx"),
                SampleWorkbooks::bengkuluSelatanRealisasiApbd);
        write(out.resolve("pemkab-muara-enim/iku-2023.xlsx"), SampleWorkbooks::muaraEnimIku);
        write(out.resolve("pemkab-muara-enim/efisiensi-anggaran-2023.xlsx"), SampleWorkbooks::muaraEnimEfisiensi);
        writeTruncated(sumberHarta, out.resolve("kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx"));
        writeHtml(out.resolve("pemkab-muara-enim/analisis-capaian-sasaran-2023.xls"),
                SampleWorkbooks::muaraEnimAnalisisCapaian);
        writeOds(out.resolve("kecamatan-sumber-harta/iku-renstra-2023.ods"), SampleWorkbooks::sumberHartaIkuRenstra);
        write(out.resolve("kecamatan-sumber-harta/realisasi-anggaran-kegiatan-2023.xls"), HSSFWorkbook::new,
                SampleWorkbooks::sumberHartaRealisasiAnggaran);
        write(out.resolve("setda-bengkulu-selatan/indikator-kinerja-lainnya-2023.xlsx"),
                SampleWorkbooks::bengkuluSelatanKinerjaLainnya);
        write(out.resolve("pemkab-muara-enim/spm-pendidikan-2023.xlsx"), SampleWorkbooks::muaraEnimSpmPendidikan);
        write(out.resolve("setda-bengkulu-selatan/kinerja-kegiatan-pemerintahan-2023.xlsx"),
                SampleWorkbooks::bengkuluSelatanKegiatanPemerintahan);
        write(out.resolve("pemkab-muara-enim/kinerja-makro-2023.xlsx"), SampleWorkbooks::muaraEnimKinerjaMakro);
        write(out.resolve("setda-bengkulu-selatan/tujuan-sasaran-renstra-2021-2026.xlsx"),
                SampleWorkbooks::bengkuluSelatanTujuanSasaranRenstra);
    }

    // ---------------------------------------------------------------------------------------------- the samples

    /** Seed 003 l.862-875: Realisasi Keuangan yang Mendukung Pencapaian Kinerja, Kecamatan Sumber Harta. */
    static void sumberHartaKinerjaAnggaran(Book book) {
        SheetWriter s = book.sheet("Realisasi Keuangan", 6, 34, 40, 10, 10, 10, 40, 15, 15, 12);
        s.title(0, "REALISASI KEUANGAN YANG MENDUKUNG PENCAPAIAN KINERJA");
        s.title(1, "Kecamatan Sumber Harta Tahun 2023");
        s.header(3, "No", "Sasaran Strategis", "Indikator Kinerja", "Kinerja", null, null, "Program", "Keuangan",
                null, null);
        s.header(4, null, null, null, "Target", "Realisasi", "Capaian", null, "Pagu", "Realisasi", "Capaian (%)");
        s.merge("A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "H4:J4");
        s.rows(5, new Object[][] {
            {num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8), num(9), num(10)},
            {num(1), "Meningkatnya Kualitas Pelayanan Publik", "Indeks Kepuasan masyarakat", "84", "79,4", "94,05%",
                "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "49.052.750", "49.052.750", "100%"},
            {num(2), "Meningkatnya Keberdayaan Masyarakat Desa dan Kelurahan dalam Pembangunan",
                "Peerentase partisipasi dan Swadaya Masyarakat Desa dan Kelurahan dalam Pembangunan", "87", "80",
                "91%", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "241.647.000", "239.107.600", "97%"},
            {num(3), "Meningkatnya Ketentraman dan Ketertiban Umum",
                "Persentase Pengaduan masyarakat terkait Ketentraman dan Ketertiban Umum", "92", "87", "94%",
                "Program Koordinasi Ketentraman dan Ketertiban Umum", "48.560.600", "-", "0%"},
            {num(4), "Meningkatnya Impelementasi nilai-nilai Pancasila, wawasan kebangsaan, keagamaan dan "
                + "pelaksanaan UUD Negara Republik Indonesia", "Persentase Desa dan kelurahan yang bebas Konflik",
                "100%", "100", "100%", "Program Penyelenggaraan Urusan Pemerintahan Umum", "89.214.100",
                "89.214.100", "100%"},
            {num(5), "Meningkatnya Kualitas pelayanan administrasi Pemerintahan",
                "Persentase Desa Yang tertib Administrasi", "87", "80", "91%",
                "Program Pembinaan dan Pebgawasan Pemerintahan Desa", "14.998.800", "-", "0%"},
            {num(6), "Meningkatnya Kualitas Tata Kelola kecamatan Sumber harta",
                "1.Nilai Evaluasi SAKIP Kecamatan Sumber Harta", "B.(64,59)", "61,9", "95",
                "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "1.990.176.330", "1.748.413.239",
                "96,56%"},
            // l.875 exactly as the seed shows it: one column to the left (the indicator sits under Sasaran
            // Strategis, its target under Indikator Kinerja), a real mistake the tool must detect and realign
            {null, "2. Indeks Profesional ASN Kecamatan Sumber Harta", "55", "49,1", "89"},
        });
    }

    /** Seed 001 l.566-596: Tingkat Capaian Sasaran, Kecamatan Semende Darat Tengah (percentages typed as %). */
    static void semendeCapaianSasaran(Book book) {
        SheetWriter s = book.sheet("Sasaran Pemerintahan", 70, 10, 10, 10);
        s.title(0, "Tabel");
        s.title(1, "Tingkat Capaian Sasaran");
        s.title(2, "Meningkatnya Peran Kecamatan dalam Penyelenggaraan Pemerintahan, Pembangunan dan Pelayanan "
                + "Masyarakat Kecamatan.");
        s.header(4, "Indikator Sasaran", "Target", "Realisasi", "Capaian");
        s.rows(5, new Object[][] {
            {"Persentase Desa yang memiliki administrasi umum pemerintah dengan kualitas baik.", pct(80), pct(97),
                pct(100)},
            {"Persentase pemberdayaan masyarakat yang difasilitasi.", pct(80), pct(95), pct(100)},
            {"Nilai SAKIP Kecamatan", pct(80), pct(85), pct(100)},
            {"Persentase temuan APIP yang ditindaklanjuti", pct(100), pct(95), pct(100)},
            {"Persentase pelayanan Administrasi terpadu (MAD)", pct(100), pct(100), pct(100)},
            {"Persentase Posyandu aktif", pct(80), pct(100), pct(100)},
            {"Persentase PKK Aktif", pct(80), pct(100), pct(100)},
            {"Persentase Standart Kepuasan Masyarakat (SKM)", pct(80), pct(87), pct(100)},
            {"Persentase masyarakat penerima manfaat", pct(80), pct(90), pct(100)},
            {"Persentase Laporan gangguan dan ketertiban di tindaklanjuti", pct(100), pct(100), pct(100)},
            {"Persentase Linmas Desa yang aktif", pct(80), pct(100), pct(100)},
        });
        // signature of the report, seed 001 l.55-65
        s.rows(17, new Object[][] {
            {"Mengetahui"},
            {"Plt. Camat Semende Darat Tengah"},
            {"Mayu Fitrah, S.Th.I"},
            {"Penata Tingkat I/ III.d"},
            {"NIP. 198404152010011025"},
        });

        SheetWriter a = book.sheet("Sasaran Aparatur", 70, 10, 10, 10);
        a.title(0, "Tabel");
        a.title(1, "Tingkat Capaian Sasaran Meningkatnya Kinerja Aparatur");
        a.header(3, "Indikator Sasaran", "Target", "Realisasi", "Capaian");
        a.rows(4, new Object[][] {
            {"Persentase Penyediaan Gaji dan Tunjangan ASN yang dipenuhi", pct(100), pct(79), pct(79)},
        });
    }

    /** Seed 004 l.768-790: Perjanjian Kinerja 2023 of the Sekretariat Daerah Kab. Bengkulu Selatan. */
    static void bengkuluSelatanPerjanjianKinerja(Book book) {
        SheetWriter s = book.sheet("PK 2023", 6, 45, 45, 10, 16);
        s.rows(0, new Object[][] {
            {"Lampiran I : PERJANJIAN KINERJA"},
            {"PERJANJIAN KINERJA TAHUN 2023"},
            {"ORGANISASI PERANGKAT DAERAH"},
            {"OPD : Sekretaris Daerah"},
            {"Tahun Anggaran : 2023"},
        });
        s.header(6, "NO", "SASARAN STRATEGIS", "INDIKATOR KONERJA SASARAN", "SATUAN", "TARGET 2023");
        s.rows(7, new Object[][] {
            {num(1), "Meningkatnya akuntabilitas kinerja pemerintah daerah", "Nilai Evaluasi AKIP Kabupaten", "Nilai",
                "B"},
            {num(2), "Meningkatnya kualitas penyelenggaraan pemerintah daerah", "Skor Evaluasi LPPD", "Nilai",
                "Minimal 3,226"},
            {num(3), "Meningkatnya kualitas pelayanan public", "- Opini Penyelenggaraan Pengawasan Kepatuhan "
                + "Pelayanan Publik - Standar Pelayanan Publik", "Nilai", "89,00 4,00"},
            {num(4), "Indek Reformasi Birokrasi", "Nilai Reformasi Birokrasi", "Nilai", "CC"},
        });
        s.rows(12, new Object[][] {
            {"Anggaran Organisasi Perangkat Daerah :"},
            {"- APBD = Rp"},
            {"- APBN = Rp"},
        });
    }

    /** Seed 004 l.1403-1418: Tabel 3.4.1 Realisasi APBD Sekretariat Daerah Kab. Bengkulu Selatan. */
    static void bengkuluSelatanRealisasiApbd(Book book) {
        SheetWriter s = book.sheet("LRA 2023", 40, 20, 20);
        s.title(0, "Tabel 3.4.1");
        s.title(1, "Realisasi APBD Sekretariat Daerah Kab. Bengkulu Selatan Tahun Anggaran 2023");
        s.header(3, "URAIAN", "Anggaran 2023", "Realisasi 2023");
        s.rows(4, new Object[][] {
            {"PENDAPATAN - LRA", "15.000.000,-", "9.000.000,-"},
            {"PENDAPATAN ASLI DAERAH (PAD)", "15.000.000,-", "9.000.000,-"},
            {"Pendapatan Retribusi Daerah", "15.000.000,-", "9.000.000,-"},
            {"BELANJA", "49.398.613.640,-", "48.405.012.715,-"},
            {"BELANJA OPERASI", "46.228.342.940,-", "45.329.362.715,-"},
            {"Belanja Pegawai", "13.741.911.018,-", "13.421.622.040,-"},
            {"Belanja Barang dan Jasa", "26.812.431.922,-", "26.235.260.675,-"},
            {"BELANJA MODAL", "3.170.270.700,-", "3.075.630.000,-"},
            {"Belanja Modal Peralatan dan Mesin", "3.170.270.700,-", "3.075.630.000,-"},
            {"Belanja Modal Gedung dan Bangunan", "-", "-"},
            {"Belanja Modal Aset Tetap Lainnya", "-", "-"},
        });
        s.rows(16, new Object[][] {{"Sumber : Bagian Umum Setda. Kab. Bengkulu Selatan 2023"}});
    }

    /** Seed 000 l.1957-1986: Hasil Pengukuran Kinerja Pemerintah Kabupaten Muara Enim 2023 (20 IKU). */
    static void muaraEnimIku(Book book) {
        SheetWriter s = book.sheet("IKU 2023", 5, 40, 45, 14, 14, 10, 12);
        s.title(0, "Tabel Hasil Pengukuran Kinerja Pemerintah Kabupaten Muara Enim");
        s.title(1, "Tahun 2023");
        s.header(3, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET PERJANJIAN KINERJA", "REALISASI",
                "CAPAIAN", "KRITERIA");
        s.rows(4, new Object[][] {
            {"1.", "Meningkatnya kualitas sumber daya manusia", "1. Indeks Pembangunan Manusia", dec("69,55"),
                dec("72,33"), dec("104"), "Sangat Baik"},
            {"2.", "Meningkatnya Derajat Kesehatan Masyarakat", "2. Angka Harapan Hidup", dec("69,51"), dec("74,29"),
                dec("106,88"), "Sangat Baik"},
            {"3.", "Meningkatnya kualitas pendidikan", "3. Angka Harapan Lama Sekolah", dec("12,02"), dec("12,01"),
                dec("99,92"), "Baik"},
            {null, null, "4. Rata-rata Lama Sekolah", dec("8,45"), dec("8,14"), dec("96,33"), "Baik"},
            {"4.", "Meningkatnya standar kelayakan hidup masyarakat", "5. Tingkat Daya Beli Masyarakat",
                "Rp.10,95 juta", "Rp. 11,683 juta", dec("106,69"), "Sangat Baik"},
            {"5.", "Meningkatnya kesejahteraan masyarakat", "6. Laju Pertumbuhan Ekonomi", dec("6,37"), dec("8,58"),
                dec("134,69"), "Sangat Baik"},
            {null, null, "7. Indeks Gini Ratio", dec("0,31"), dec("0,313"), dec("99,04"), "Baik"},
            {null, null, "8. PDRB Perkapita", "Rp.132 juta", "Rp. 181 juta*", dec("137,12"), "Sangat Baik"},
            {"6.", "Menurunnya masyarakat miskin", "9. Persentase Penduduk Miskin", dec("10,39"), dec("10,93"),
                dec("95,06"), "Baik"},
            {"7.", "Meningkatnya tatakelola pemerintahan", "10. Indeks Reformasi Birokrasi", "B", "B", dec("100"),
                "Baik"},
            {"8.", "Meningkatnya pelayanan publik", "11. Indeks Pelayanan Publik", "A-", "A-", dec("100"), "Baik"},
            // l.1973 + l.1976: "Daerah" was pushed past the page break
            {null, null, "12. Indeks Inovasi Daerah", "Inovatif", "Inovatif", dec("100"), "Baik"},
            {"9.", "Meningkatnya akuntabilitas keuangan", "13. Opini BPK", "WTP", "WTP", dec("100"), "Baik"},
            {"10.", "Meningkatnya kualitas sumber daya aparatur", "14. Indeks Profesionalitas Aparatur", dec("57"),
                dec("61,47"), dec("107,84"), "Sangat Baik"},
            {"11.", "Menguatnya pengawasan", "15. Tingkat Maturitas SPIP", dec("3,02"), dec("3,20"), dec("105,96"),
                "Sangat Baik"},
            {"12.", "Meningkatnya kualitas perencanaan", "16. Penghargaan Pembangunan Daerah", "Nominasi", "-", "-",
                "Kurang"},
            {"13.", "Meningkatnya akuntabilitas kinerja", "17. Nilai SAKIP", "BB", "BB", dec("100"), "Baik"},
            {null, null, "18. Nilai LPPD", "Sedang", "Sedang", dec("100"), "Baik"},
            {"14.", "Meningkatnya sistem pemerintahan berbasis elektronik", "19. Indeks SPBE", dec("2,95"),
                dec("3,00"), dec("101,69"), "Sangat Baik"},
            {"15.", "Meningkatnya penataan peraturan perundang-undangan",
                "20. Persentase Peraturan Perundang-Undangan yang Harmonis", dec("100"), dec("100"), dec("100"),
                "Baik"},
        });
        s.rows(25, new Object[][] {{"* Data tahun 2022"}});
    }

    /** Seed 000 l.2742-2812: Efisiensi Penggunaan Anggaran, sasaran 1 and 2 and one damaged programme row. */
    static void muaraEnimEfisiensi(Book book) {
        SheetWriter s = book.sheet("Efisiensi", 5, 30, 5, 28, 9, 9, 9, 50, 18, 18, 9);
        s.title(0, "Tabel Efisiensi Penggunaan Anggaran Dalam Pendukung Capaian Sasaran Strategis (unaudited)");
        s.title(1, "Pemerintah Kabupaten Muara Enim Tahun 2023");
        s.header(3, "No", "Tujuan/ Sasaran Strategis", "Indikator Kinerja", null, "Kinerja", null, null, "Program",
                "Anggaran", null, null);
        s.header(4, null, null, null, null, "Target", "Realisasi", "Capaian", null, "Pagu (Rp)", "Realisasi (Rp)",
                "Capaian");
        s.merge("A4:A5", "B4:B5", "C4:D4", "E4:G4", "H4:H5", "I4:K4");
        s.rows(5, new Object[][] {
            {"(1)", "(2)", "(3)", null, "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"},
            {"1.", "Meningkatnya kualitas sumber daya manusia", "1.", "Indeks Pembangunan Manusia", "69,55", "72,33",
                "104", "Program pengembangan kapasitas daya saing kepemudaan", "4.515.497.000", "2.594.023.659",
                "57"},
            programme("Program pengembangan kapasitas daya saing keolahragaan", "44.354.907.410", "40.391.497.994",
                "91"),
            programme("Program pengembangan kapasitas kepramukaan", "588.517.000", "574.159.485", "98"),
            programme("Program penguatan ideologi pancasila dan karakter kebangsaan", "2.090.800.400",
                "1.813.590.568", "87"),
            programme("Program peningkatan peran partai politik dan lembaga pendidikan melalui pendidikan politik "
                + "dan pengembangan etika serta budaya politik", "41.974.443.697", "41.920.441.398", "100"),
            programme("Program pemberdayaan dan pengawasan organisasi kemasyarakatan", "688.950.800", "665.656.033",
                "97"),
            programme("Program pembinaan dan pengembangan ketahanan ekonomi, sosial, dan budaya", "770.483.000",
                "742.071.976", "96"),
            programme("Program peningkatan kewaspadaan nasional dan peningkatan kualitas dan fasilitasi penanganan "
                + "konflik sosial", "3.823.447.000", "3.795.600.304", "99"),
            {"2.", "Meningkatnya derajat kesehatan masyarakat", "2.", "Angka Harapan Hidup", "69,51", "74,29",
                "106,88", "Program pemenuhan upaya kesehatan perorangan dan upaya kesehatan masyarakat",
                "181.903.826.798", "168.396.773.460", "93"},
            programme("Program peningkatan kapasitas sumber daya manusia kesehatan", "8.364.616.000",
                "6.940.448.750", "83"),
            programme("Program sediaan farmasi, alat kesehatan dan makanan minuman", "604.211.400", "421.108.634",
                "70"),
            programme("Program pemberdayaan masyarakat bidang kesehatan", "1.215.686.610", "630.060.981", "52"),
            programme("Program pengelolaan sumber daya air (sda)", "74.074.192.300", "62.301.701.053", "84"),
            // l.2807 + l.2812: the programme name was split by a page break; the pagu lost a thousands group
            programme("Program pemberdayaan dan perlindungan koperasi", "11.879.357.00", "1.111.616.623", "94"),
        });
    }

    /** A programme row of the efficiency table: columns A-G empty. */
    private static Object[] programme(String name, String pagu, String realisasi, String capaian) {
        return new Object[] {null, null, null, null, null, null, null, name, pagu, realisasi, capaian};
    }

    /** {@code Rata – rata capaian kinerja} with its en dash (U+2013, byte 0x96 in Windows-1252). */
    private static final String RATA_RATA = "Rata \u2013 rata capaian kinerja";

    /** One sasaran of the analysis table: its name, then its indicator rows and its average row, 11 cells each. */
    record Sasaran(String name, String[]... rows) {
    }

    /**
     * Seed 000 l.1962-1983 (the 15 sasaran and their indicators) with the rows of the fifteen "Tabel Analisis
     * Pencapaian Sasaran Strategis" of l.1998-2701: one HTML table as an e-SAKIP system exports it to "Excel", a
     * banner row per sasaran over its indicator rows and its average row. The header is that of l.2049-2050 as most
     * of the fifteen tables write it ({@code Capaian Kinerja Tahun 2023 (%)}, {@code RPJMD 2018-2023}).
     */
    static String muaraEnimAnalisisCapaian() {
        Sasaran[] sasaran = {
            new Sasaran("Meningkatnya kualitas sumber daya manusia", // l.2000-2001
                new String[] {"Indeks Pembangunan Manusia", "Indeks", "69,32", "69,43", "100,15", "69,55", "72,33",
                    "104", "69,55", "72,33", "104"},
                new String[] {RATA_RATA, null, null, null, "100,15", null, null, "104", null, null, "104"}),
            new Sasaran("Meningkatnya Derajat Kesehatan Masyarakat", // l.2051-2052
                new String[] {"Angka Harapan Hidup", "Tahun", "69,32", "69,38", "100", "69,51", "74,29", "106,88",
                    "69,51", "74,29", "106,88"},
                new String[] {RATA_RATA, null, null, null, "100", null, null, null, null, null, "106,88"}),
            new Sasaran("Meningkatnya kualitas pendidikan", // l.2077-2079
                new String[] {"Harapan Lama Sekolah", "Tahun", "12,00", "11,99", "99,16", "12,02", "12,01", "99,92",
                    "12,02", "12,01", "99,92"},
                new String[] {"Rata-Rata Lama Sekolah", "Tahun", "8,40", "7,90", "94,04", "8,45", "8,14", "96,33",
                    "8,45", "8,14", "96,33"},
                new String[] {RATA_RATA, null, null, null, "96,60", null, null, "98,12", null, null, "98,12"}),
            new Sasaran("Meningkatnya standar kelayakan hidup masyarakat", // l.2117-2118
                new String[] {"Tingkat Daya Beli Masyarakat (Pengeluaran per kapita)", "Juta", "Rp. 10,95",
                    "Rp. 11,304", "100,23", "Rp. 10,95", "Rp. 11,683", "106,69", "NA", "Rp. 11,683", "NA"},
                new String[] {RATA_RATA, null, null, null, "100,23", null, null, "106,69", null, null, "NA"}),
            new Sasaran("Meningkatnya kesejahteraan masyarakat", // l.2145-2148
                new String[] {"Laju Pertumbuhan Ekonomi", "%", "6,29", "8,39", "133,39", "6,37", "8,58", "134,69",
                    "6,37", "8,58", "134,69"},
                new String[] {"Indeks Gini Ratio", "Indeks", "0,31", "0,32", "96,88", "0,31", "0,313", "99,04", "NA",
                    "0,313", "NA"},
                new String[] {"PDRB Perkapita", "Juta", "Rp.120", "Rp 181", "150,83", "Rp.132", "Rp.181*", "137,12",
                    "NA", "Rp.181", "NA"},
                new String[] {RATA_RATA, null, null, null, null, null, null, "123,62", null, null, "NA"}),
            new Sasaran("Menurunnya masyarakat miskin", // l.2199-2200
                new String[] {"Persentase Penduduk Miskin", "%", "10,92", "11,12", "98,20", "10,39", "10,93", "95,06",
                    "10,39", "10,93", "95,06"},
                new String[] {RATA_RATA, null, null, null, "98,20", null, null, "95,06", null, null, "95,06"}),
            new Sasaran("Meningkatnya tatakelola pemerintahan", // l.2236-2237
                new String[] {"Indeks Reformasi Birokrasi", "Indeks", "B (61)", "B", "100", "B", "B", "100",
                    "B (61)", "B", "100"},
                new String[] {RATA_RATA, null, null, null, "100", null, null, "100", null, "100", "100"}),
            new Sasaran("Meningkatnya pelayanan publik", // l.2265-2267
                new String[] {"Indeks Pelayanan Publik", "Indeks", "B", "A - (4,10)", "105,13", "A-", "A-", "100",
                    "N/A", "A-", "N/A"},
                new String[] {"Indeks Inovasi Daerah", "Indeks", "Kabupaten terinovatif", "Inovatif", "75",
                    "Inovatif", "Inovatif", "100", "N/A", "Inovatif", "N/A"},
                new String[] {RATA_RATA, null, null, null, "90,06", null, null, "100", null, null, "N/A"}),
            new Sasaran("Meningkatnya akuntabilitas keuangan", // l.2345-2346
                new String[] {"Opini BPK", "Opini", "WTP", "WTP*", "100", "WTP", "WTP*", "100", "WTP", "WTP*", "100"},
                new String[] {RATA_RATA, null, null, null, null, null, null, "100", null, null, "100"}),
            new Sasaran("Meningkatnya kualitas sumber daya aparatur", // l.2374-2375
                new String[] {"Indeks Profesionalitas Aparatur Sipil Negara", "Indeks", "57", "61,47", "93,44", "57",
                    "61,47*", "107,84", "N/A", "61,47", "N/A"},
                new String[] {RATA_RATA, null, null, null, "93,44", null, null, "107,84", null, null, "N/A"}),
            new Sasaran("Menguatnya pengawasan", // l.2410-2411
                new String[] {"Tingkat Maturitas SPIP", "Tingkat", "3,02", "2,856", "94,57", "3,02", "3,20", "105,96",
                    "3,02", "3.20", "105,96"},
                new String[] {RATA_RATA, null, null, null, "94,57", null, null, "105,96", null, null, "105,06"}),
            new Sasaran("Meningkatnya kualitas perencanaan", // l.2449-2450
                new String[] {"Penghargaan Pembangunan Daerah", "Nominasi", "Nominasi", "Tidak masuk nominasi", "0",
                    "Nominasi", "Tidak masuk nominasi", "0", "N/A", "Tidak masuk nominasi", "N/A"},
                new String[] {RATA_RATA, null, null, null, "0", null, null, "0", null, null, "N/A"}),
            new Sasaran("Meningkatnya akuntabilitas kinerja", // l.2462-2464
                new String[] {"Nilai SAKIP", "Kategori", "BB", "BB", "100", "BB", "BB", "100", "BB", "BB", "100"},
                new String[] {"Nilai LPPD", "Nilai", "Prestasi Tinggi", "Sedang", "75%", "Sedang", "Sedang*", "100",
                    "N/A", "Sedang*", "NA"},
                new String[] {RATA_RATA, null, null, null, null, null, null, "100", null, null, "NA"}),
            new Sasaran("Meningkatnya sistem pemerintahan berbasis elektronik", // l.2521-2522
                new String[] {"Indeks SPBE", "Indeks", "2,95", "2,91", "98,64", "2,95", "3,00", "101,69", "N/A",
                    "3,00", "N/A"},
                new String[] {RATA_RATA, null, null, null, "98,64", null, null, "101,69", null, null, "N/A"}),
            new Sasaran("Meningkatnya penataan peraturan perundang-undangan", // l.2700-2701
                new String[] {"Persentase Peraturan Perundang-undangan yang harmonis", "%", "100", "100", "100",
                    "100", "100", "100", "NA", "100", "NA"},
                new String[] {RATA_RATA, null, null, null, "100", null, null, "100", null, null, "NA"}),
        };
        HtmlTable t = new HtmlTable();
        t.row(span("Tabel Analisis Pencapaian Sasaran Strategis Pemerintah Kabupaten Muara Enim Tahun 2023", 1, 11));
        t.row(span("Indikator Sasaran", 2, 1), span("Satuan", 2, 1), span("Tahun 2022", 1, 2),
                span("Capaian Kinerja Tahun 2022 (%)", 2, 1), span("Tahun 2023", 1, 2),
                span("Capaian Kinerja Tahun 2023 (%)", 2, 1), span("RPJMD 2018-2023", 1, 2),
                span("Capaian Kinerja 2023 (%)", 2, 1));
        t.row("Target", "Realisasi", "Target", "Realisasi", "Target 2023", "Realisasi 2023");
        for (int i = 0; i < sasaran.length; i++) {
            t.row(span("Sasaran " + (i + 1) + " : " + sasaran[i].name(), 1, 11));
            for (String[] row : sasaran[i].rows()) {
                t.row((Object[]) row);
            }
        }
        return t.page();
    }

    /**
     * Seed 003 l.671-685: Realisasi Tahun 2023 terhadap Target Akhir Renstra, Kecamatan Sumber Harta, typed in
     * LibreOffice with an Indonesian locale: {@code 79,35} became a float cell, {@code 94,05 %} a percentage cell,
     * and what is no number there ({@code B.( 64,59)}, the dot-decimal {@code 82.47}) stayed text.
     */
    static void sumberHartaIkuRenstra(SpreadSheet ods) {
        OdsSheetWriter s = new OdsSheetWriter(ods, "IKU Renstra", 13, 8);
        s.rows(0, new Object[][] {
            {"Realisasi Tahun 2023 terhadap Target Akhir Renstra"},
            {"Kecamatan Sumber Harta Kabupaten Musi Rawas Tahun 2023"},
            {},
            {"No", "Sasaran Strategis", "Indikator Kinerja", "Tahun 2023", null, null, "Target Akhir Renstra",
                "Realisasi Tahun 2023 terhadap Target Akhir Renstra"},
            {null, null, null, "Target", "Realisasi", "Capaian"},
            {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0},
            {1.0, "Meningkatnya Kualitas Pelayanan Publik", "Indeks Kepuasan masyarakat", odsNum("84"),
                odsNum("79,35"), odsPct("94,05 %"), odsNum("90"), odsNum("88,16")},
            {2.0, "Meningkatnya Keberdayaan Masyarakat Desa dan Kelurahan dalam Pembangunan",
                "Peerentase partisipasi dan Swadaya Masyarakat Desa dan Kelurahan dalam Pembangunan", odsNum("87"),
                odsNum("80"), odsPct("91%"), odsNum("97"), "82.47"},
            {3.0, "Meningkatnya Ketentraman dan Ketertiban Umum",
                "Persentase Pengaduan masyarakat terkait Ketentraman dan Ketertiban Umum", odsNum("92"), odsNum("87"),
                odsPct("94%"), odsNum("98"), odsNum("88,77")},
            {4.0, "Meningkatnya Impelementasi nilai-nilai Pancasila, wawasan kebangsaan, keagamaan dan pelaksanaan "
                + "UUD Negara Republik Indonesia", "Persentase Desa dan kelurahan yang bebas Konflik", odsPct("100%"),
                odsNum("100"), odsPct("100%"), odsNum("100"), odsNum("100")},
            // l.680, then l.684-685 after the page break
            {5.0, "Meningkatnya Kualitas pelayanan administrasi Pemerintahan",
                "Persentase Desa Yang tertib Administrasi", odsNum("87"), odsNum("80"), odsPct("91%"), odsNum("95"),
                odsNum("84,21")},
            {6.0, "Meningkatnya Kualitas Tata Kelola kecamatan Sumber harta",
                "1.Nilai Evaluasi SAKIP Kecamatan Sumber Harta", "B.( 64,59)", odsNum("61,90"), odsNum("95")},
            {null, null, "2.Indeks Profesional ASN Kecamatan Sumber Harta", odsNum("55,17"), odsNum("49,12"),
                odsNum("89")},
        });
        s.merge("A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "H4:H5");
        s.bold("A1", "A2", "A4:H5");
    }

    /**
     * Seed 003 l.884-932: Realisasi Fisik dan Keuangan Tahun 2023, Kecamatan Sumber Harta, as an Excel 97-2003 file.
     * Rows 1-32 of the No column; l.891 and l.893 (the narasi {@code Terbayarnya gaji dan Tunjangan ASN} wrapped past a
     * page break) are one row. Amounts are numbers shown {@code #,##0}, percentages numbers shown {@code 0.00%} or
     * {@code 0%}.
     */
    static void sumberHartaRealisasiAnggaran(Book book) {
        SheetWriter s = book.sheet("Realisasi Anggaran", 5, 45, 16, 16, 10, 30, 12, 14, 14, 8);
        s.title(0, "Realisasi Anggaran Program dan Kegiatan Kecamatan Sumber Harta Tahun 2023");
        s.header(2, "No", "Prioritas Program dan Kegiatan", "Plafon Anggaran (Perubahan)", "Penyerapan", null,
                "Keuangan", null, null, null, null);
        s.header(3, null, null, null, "Realisasi (Rp)", "Capaian (%)", "Narasi", "Satuan", "Target", "Realisasi",
                "%");
        s.merge("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:J3");
        s.rows(4, new Object[][] {
            {num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8), num(9), num(10)},
            {num(1), "Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota"},
            {num(2), "Administrasi Keuangan Perangkat Daerah", rp("1.523.620.340"), rp("1.447.589.573"), null, null,
                null, null, null, pct("100%")},
            {num(3), "Penyediaan Gaji dan Tunjangan ASN", rp("1.488.622.040"), rp("1.412.731.573"), pct("94,99%"),
                "Terbayarnya gaji dan Tunjangan ASN", "Orang", "18 Orang", "18 Orang", pct("100%")},
            {num(4), "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi keuangan SKPD", rp("34.998.300"),
                rp("34.858.000"), pct("99,61%"), "Terbayarnya Honorarium Administrasi Keuangan", "Orang", "3 Orang",
                "3 Orang", pct("100%")},
            {num(5), "Administrasi Umum Perangkat Daerah", rp("97.630.600"), rp("88.754.800"), null, null, null,
                null, null, pct("100%")},
            {num(6), "Penyediaan Komponen Instalasi Listrik /Penerangan Bangunan kantor", rp("7.410.000"),
                rp("7.410.000"), pct("100%"), "Tersedianya Komponen kantor", "Jenis", "2 jenis", "2 jenis",
                pct("100%")},
            {num(7), "Penyediaan Barang Cetak dan Penggandaan", rp("24.738.600"), rp("24.738.600"), pct("100%"),
                "Tersedianya barang Cetak dan Penggandaan", "Jenis", "3 jenis", "3 jenis", pct("100%")},
            {num(8), "Penyediaan Bahan bacaan dan Peraturan Perundang Undangan", rp("19.000.000"), rp("10.670.000"),
                pct("56,16%"), "Tersedianya Koran dan majalah", "Koran / majalah", "koran / majalah",
                "koran / majalah", pct("100%")},
            {num(9), "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", rp("46.482.000"), rp("45.936.200"),
                pct("98,83%"), "Jumlah rapat rapat koordinasi", "Tahun", "1 tahun", "1 tahun", pct("100%")},
            {num(10), "Penyediaan Jasa Penunjang Urusan Pemerintahan daerah", rp("186.429.900"), rp("184.459.076"),
                null, null, null, null, null, pct("100%")},
            {num(11), "Penyediaan jasa Komunikasi Sumber daya Air dan Listrik", rp("5.229.900"), rp("3.259.076"),
                pct("62,32%"), "Terbayarnya Listrik kantor", "Rekening", "Rekening", "Rekening", pct("100%")},
            {num(12), "Penyediaan jasa Pelayanan Umum Kantor", rp("181.200.000"), rp("181.200.000"), pct("100%"),
                "Terbayarnya Honorarium Non ASN", "Orang", "11 Orang", "11 Orang", pct("100%")},
            {num(13), "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", rp("28.875.150"),
                rp("27.609.790"), null, null, null, null, null, pct("0%")},
            {num(14), "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, pajak dan Perijinan Kendaraan Dinas "
                + "Oprasional atau lapangan", rp("28.875.150"), rp("27.609.790"), pct("98%"),
                "Terbayarnya pajak kendaraan Dinas", "Unit", "1 unit", "1 unit", pct("100%")},
            {num(15), "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik"},
            {num(16), "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", rp("15.212.800"),
                rp("15.212.800"), null, null, null, null, null, pct("0%")},
            {num(17), "Koordinasi /sinergi Perencanaan dan Pelaksanaan kegiatan Pemerintahan dengan Perangkat Daerah "
                + "dan Instansi Vertikal terkait", rp("15.212.800"), rp("15.212.800"), pct("100%"),
                "Terlaksananya Musrenbang Kecamatan", "Kali", "1 Kali", "1 Kali", pct("100%")},
            {num(18), "Penyelenggaraan Urusan Pemerintahan yang tidak dilaksanakan oleh unit kerja perangkat daerah "
                + "yang ada di wilayah kecamatan", rp("33.839.950"), rp("33.839.950"), null, null, null, null, null,
                pct("0%")},
            {num(19), "Peningkatan Efektipitas Pelaksanaan Pelayanan Kepada Masyarakat di Wilayah Kecamatan",
                rp("33.839.950"), rp("33.839.950"), pct("100%"), "Terlaksananya Kegiatan PKK", "Tahun", "1 tahun",
                "1 tahun", pct("100%")},
            {num(20), "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", null, null, null, null, null, null, null,
                pct("0%")},
            {num(21), "Kegiatan Pemberdayaan Kelurahan", rp("241.647.000"), rp("239.107.600")},
            {num(22), "Pemberdayaan Masyarakat di Kelurahan", rp("241.647.000"), rp("239.107.600"), pct("95%"),
                "Terbayarnya Oprasional Kelurahan", "Kelurahan", "1 Kelurahan", "1 Kelurahan", pct("100%")},
            {num(23), "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM"},
            {num(24), "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum", "-"},
            {num(25), "Sinergisitas dengan Kepolisian Negara Republik Indonesia dan Instansi Vertikal di Wilayah "
                + "Kecamatan", null, null, pct("0%"), null, "Posko", "1 Posko", "1 Posko", pct("0%")},
            {num(26), "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM"},
            {num(27), "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Desa", rp("89.214.100"),
                rp("89.214.100"), null, null, null, null, null, pct("100%")},
            {num(28), "Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional dalam rangka memantapkan Pengamalan "
                + "Pancasila, Pelaksanaan undang-undang Dasar Negara Republik Indonesia Tahun 1945, Pelestarian "
                + "Bhineka Tunggal Ika serta Pemertahanan dan Pemeliharaan Keutuhan Negara Kesatuan Republik "
                + "Indonesia", rp("75.269.500"), rp("75.269.500"), pct("100%"), "Terlaksananya HUT RI di Kecamatan",
                "kali", "1 kali pelaksanaan", "1 kali pelaksanaan", pct("100%")},
            {num(29), "Pembinaan Kerukunan Antarsuku dan Intasuku, Umat Beragama, Ras, dan Golongan Lainnya Guna "
                + "Mewujudkan Stabilitas Keamanan Lokal Regional dan Nasional", rp("13.944.600"), rp("13.944.600"),
                pct("100%"), "Terbinanya Santri qori dan qoriah", "Kali Pelaksanaan", "Kali Pelaksanaan",
                "Kali Pelaksanaan", pct("100%")},
            {num(30), "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAH DESA"},
            {num(31), "Fasilitasi Rekomendasi dan koordinasi Pembinaan dan Pengawasan Pemerintahan Desa"},
            {num(32), "Fasilitasi Pelaksanaan Pemilihan Kepala Desa", null, null, pct("0%"),
                "Terlaksananya Pemilihan Kepala Desa", "Desa/Kelurahan", "4 Desa", "4 Desa", pct("0%")},
        });
    }

    /**
     * Seed 004 l.1346-1369: Tabel 3.3.1 and Tabel 3.3.2, Indikator Kinerja Lainnya of the Sekretariat Daerah Kab.
     * Bengkulu Selatan, one below the other; and a hidden sheet with Tabel 3.3 (l.922-935), Pencapaian IKU Per
     * Triwulan, as text.
     */
    static void bengkuluSelatanKinerjaLainnya(Book book) {
        SheetWriter s = book.sheet("Kinerja Lainnya", 6, 45, 10, 10, 8, 14, 18);
        s.title(0, "Tabel 3.3.1.");
        s.header(2, "NO", "INDIKATOR KINERJA", "2023", null, null, "Target Akhir Renstra 2026",
                "Capaian s.d 2023 thd Target Renstrra");
        s.header(3, null, null, "Target", "Realisasi", "%");
        s.merge("A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4");
        s.rows(4, new Object[][] {
            {"1.", "Persentase Tingkat Kesejahteraan Masyarakat", dec("100"), dec("90"), dec("90"), dec("100"),
                dec("90")},
        });
        s.rows(7, new Object[][] {
            {"Sasaran 3."},
            {"Meningkatnya kebijakan dibidang Administrasi Umum"},
        });
        s.title(10, "Tabel 3.3.2.");
        s.header(12, "NO", "INDIKATOR KINERJA", "2023", null, null, "Target Akhir Renstra 2026",
                "Capaian s.d 2023 thd Target Renstrra");
        s.header(13, null, null, "Target", "Realisasi", "%");
        s.merge("A13:A14", "B13:B14", "C13:E13", "F13:F14", "G13:G14");
        s.rows(14, new Object[][] {
            {"1.", "Tingkat Kepatuhan Standar Pelayanan masyarakat", dec("81,00"), dec("81,89"), dec("101"),
                dec("100"), dec("82")},
        });
        s.rows(15, new Object[][] {{"Sumber : Bagian Organisasi Setda Kab. Bengkulu Selatan"}});

        SheetWriter t = book.sheet("Triwulan", 6, 45, 12, 11, 11, 11, 11);
        t.title(0, "Tabel 3.3 Pencapaian IKU Per Triwulan");
        t.header(2, "NO", "INDIKATOR KINERJA UTAMA", "Capaian 2023", "2023");
        t.header(3, null, null, null, "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV");
        t.merge("A3:A4", "B3:B4", "C3:C4", "D3:G3");
        t.rows(4, new Object[][] {
            {"1.", "Nilai LPPD", "2,85", null, null, null, "2,85"},
            {"2.", "Indeks Reformasi Hukum", "A (86,45)", null, null, null, "A (86,45)"},
            {"3.", "Indeks Inflasi", "3 \u00b1 1", null, null, null, "3 \u00b1 1"},
            {"4.", "Persentase Ketepatan Kebijakan Pembangunan", "98", null, null, null, "98"},
            {"5.", "Persentase Ketepatan Kebijakan Pengadaan Barang dan Jasa", "100", null, null, null, "100"},
            {null, "Nilai Reformasi Birokrasi", "63,20", null, null, null, "63,20"},
            {"6.", "Nilai SAKIP.", "B", null, null, null, "B"},
            {"7.", "Nilai AKIP Sekretariat Daerah", "CC", null, null, null, "CC"},
            {"8.", "Opini LHP BPK", "WTP", "WTP"},
            {"9.", "Indek Kepuasan Pelayanan Keprotokalan, Komunikasi, dan Dokumentasi Pimpinan", "90", null, null,
                null, "90"},
        });
        t.hide();
    }

    /**
     * Seed 000 l.3099-3108: Pencapaian SPM Bidang Pendidikan Tahun 2023, Kabupaten Muara Enim, every cell text. The
     * seed's third header line (l.3104) is the wrapped tail of the headers above it; the units are written instead.
     * Words the PDF conversion broke or glued at the column's line ends ({@code PENDIDIK AN}, {@code JumlahWarga},
     * {@code berpartisipasida lampendidikandasar}) are written as the agency typed them.
     */
    static void muaraEnimSpmPendidikan(Book book) {
        SheetWriter s = book.sheet("SPM Pendidikan", 28, 50, 16, 22, 14, 16, 22);
        s.title(0, "Capaian SPM Bidang Urusan Pendidikan Kabupaten Muara Enim");
        s.title(1, "Tahun 2023");
        s.header(3, "JENIS PELAYANAN DASAR", "INDIKATOR PENCAPAIAN", "TAHUN 2022", null, null, "TAHUN 2023");
        s.header(4, null, null, "Jumlah penduduk usia sekolah",
                "Jumlah penduduk usia sekolah yang mendapatkan pelayanan pendidikan", "Capaian= (4):(3)X100%",
                "Jumlah penduduk usia sekolah", "Target Jumlah penduduk yang mendapatkan pelayanan pendidikan");
        s.header(5, null, null, "(orang)", "(orang)", "(%)", "(orang)", "(%)");
        s.merge("A4:A6", "B4:B6", "C4:E4", "F4:G4");
        s.rows(6, new Object[][] {
            {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"},
            {"1. PENDIDIKAN DASAR", "Jumlah Warga Negara Usia 7 - 15 Tahun yang berpartisipasi dalam pendidikan "
                + "dasar (SD/Mi, SMP/MTs)", "109.549", "105.196", "96,03 %", "93.320", "100%"},
            {"2. PENDIDIKAN KESETARAAN", "Jumlah Warga Negara Usia 7 \u2013 18 Tahun yang belum menyelesaikan "
                + "pendidikan dasar dan atau menengah yang perpartisipasi dalam pendidikan kesetaraan .", "2556",
                "2556", "100 %", "2.733", "100%"},
            {"3. PENDIDIKAN ANAK USIA DINI", "Jumlah Warga Negara Usia 5- 6 Tahun yang berpartisipasi dalam "
                + "pendidikan PAUD", "21162", "12084", "57,10 %", "12.324", "100%"},
        });
    }

    /**
     * Seed 004 l.977-1000: Tabel 3.2.1.1.1, kegiatan and sub kegiatan of the Bagian Pemerintahan that reached their
     * targets. No, Program/Kegiatan and Sasaran are merged down over the indicator rows they group; every cell is text.
     */
    static void bengkuluSelatanKegiatanPemerintahan(Book book) {
        SheetWriter s = book.sheet("Bagian Pemerintahan", 5, 30, 35, 60, 16, 16);
        s.title(0, "Tabel.3.2.1.1.1. Kinerja kegiatan dan sub kegiatan Bagian Pemerintahan mencapai target");
        s.header(2, "No", "Program/Kegiatan/Sub Kegiatan", "Sasaran Program/Kegiatan/Sub Kegiatan",
                "Indikator Sasaran Program/Kegiatan/Sub Kegiatan", "Kinerja", null);
        s.header(3, null, null, null, null, "Target", "Realisasi");
        s.merge("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3");
        String administrasi = "administrasi umum, perlindungan dan ketertiban masyarakat , kesatuan bangsa dan bela "
                + "negara, kependudukan dan catatan sipil, sertapembinaan perangkat daerah";
        s.rows(4, new Object[][] {
            {"1", "Kegiatan administrasi tata pemerintahan", "Fasilitasi kebijakan daerah di bidang administrasi "
                + "pemerintahan umum, administrasi kewilayahan dan otonomi daerah", "Terlaksananya pengkoordinasian, "
                + "pemantauan, evaluasi, pembinaan dan perumusan kebijakan daerah di bidang " + administrasi, "100%",
                "111,51%"},
            {null, null, null, "Terlaksananya pengkoordinasian, pemantauan, evaluasi, pembinaan dan perumusan "
                + "kebijakan daerah di bidang otonomi daerah, politik dalam negeri dan pemilihan umum, dan "
                + "pemberdayaan masyarakat", "100%", "129%"},
            {null, null, null, "Indeks Pencapaian SPM Kabupaten", "99%", "99%"},
            {null, null, "Fasilitasi Kebijakan daerah di bidang kerjasama daerah", "Terlaksananya "
                + "pengkoordinasian, pemantauan, evaluasi, pembinaan dan perumusan kebijakan daerah di bidang "
                + "kerjasama daerah", "100%", "135%"},
            {"2", "Sub Kegiatan: 1. Administrasi Pemerintahan", null, "Terlaksananya rapat-rapat OPD terkait "
                + "pelaksanaan penataan " + administrasi, "10 kali", "10 kali"},
            {null, null, null, "Monitoring pelaksanaan pemerintahan Kecamatan", "11 kali", "18 kali"},
            {null, null, null, "Rapat Koordinasi dan konsultasi terkait penataan " + administrasi, "24 kali",
                "24 kali"},
            {null, null, null, "Terlaksananya upacara hari-hari besar", "4 kali", "4 kali"},
            {"3", "2. Fasilitasi Administrasi kewilayahan", null, "Terlaksananya koordinasi dan konsultasi terkait "
                + "Administrasi kewilayahan, pertanahan, perbatasan dan toponomi", "24 kali", "33 kali"},
            {null, null, null, "Terbentuknya peta batas desa dan kecamatan di Kecamatan Air Nipis",
                "10 Peta Desa 1 peta Kec.", "10 Peta Desa 1 peta Kec."},
            {null, null, null, "Perbup penetapan dan penegasan batas desa dan kecamatan di Kecamatan Air Nipis",
                "1 Perbup", "1 Perbup"},
            {null, null, null, "Perbaruan/Update nama unsur rupa bumi", "1 dok", "1 dok"},
            {"4", "3. Fasilitasi Otonomi Daerah", null, "Penyusunan LPPD, LKPJ, Laporan SPM", "3 Dok", "3 Dok"},
            {null, null, null, "Rapat-rapat koordinasi terkait otonomi daerah, politik dalam negeri dan pemilihan "
                + "umum, dan pemberdayaan masyarakat", "6 kali", "6 kali"},
            {null, null, null, "Terlaksananya koordinasi dan konsultasi terkait otonomi daerah, politik dalam "
                + "negeri dan pemilihan umum, dan pemberdayaan masyarakat", "24 kali", "24 kali"},
            {"5", "4. Fasilitasi Kerjasama Daerah", null, "Penyusunan Dokumen Kerjasama Daerah (PKS/MOU)", "5 Dok",
                "5 Dok"},
            {null, null, null, "Rapat-rapat koordinasi terkait Kerjasama Daerah", "10 kai", "10 kali"},
            {null, null, null, "Terlaksananya koordinasi dan konsultasi terkait Kerjasama Daerah", "24 kali",
                "24 kali"},
        });
        s.merge("A5:A8", "B5:B8", "C5:C7", "A9:A12", "B9:B12", "A13:A16", "B13:B16", "A17:A19", "B17:B19",
                "A20:A22", "B20:B22");
        s.rows(23, new Object[][] {{"Sumber data : Bagian Pemerintahan"}});
    }

    /**
     * Seed 000 l.1001-1016: Capaian Kinerja Makro of the LPPD Kab. Muara Enim, whose IPM 2023 (70,24), Gini ratio
     * and PDRB per kapita differ from the IKU tables' (l.1962, l.2000); and on a second sheet l.1027-1040, the IPM
     * of 2016-2023 as {@code No | Tahun | Angka IPM}, a table of no kind saring knows. The footnoted figures
     * ({@code 5,03**}) are text, the others numbers with the seed's decimals.
     */
    static void muaraEnimKinerjaMakro(Book book) {
        SheetWriter s = book.sheet("Kinerja Makro", 5, 40, 16, 16, 12);
        s.title(0, "2.1. CAPAIAN KINERJA MAKRO");
        s.title(1, "Capaian Kinerja Makro secara jelas dapat di lihat pada tabel berikut ini :");
        s.header(3, "No", "Indikator Kinerja Makro", "Capaian Kinerja Tahun 2022", "Capaian Kinerja Tahun 2023",
                "Laju Kinerja (%)");
        s.rows(4, new Object[][] {
            {num(1), num(2), num(3), num(4), num(5)},
            {num(1), "Indeks Pembangunan Manusia", dec("69,43"), dec("70,24"), dec("1,167")},
            {num(2), "Angka Kemiskinan", dec("11,12"), dec("10,93"), dec("1,709")},
            {num(3), "Angka Pengangguran", "5,03**", "4,12*", dec("-18,091")},
            {num(4), "Pertumbuhan Ekonomi", dec("8,73"), dec("8,58"), dec("-7,18")},
            {num(5), "Pendapatan Per Kapita", new Num(113_577_464.75, "#,##0.00"),
                new Num(118_517_505.85, "#,##0.00"), dec("4,349")},
            {num(6), "Ketimpangan Pendapatan (Gini Ratio)", "0,34**", "0,32*", dec("5,882")},
        });
        s.rows(12, new Object[][] {{"* Capaian 2022 ** Capaian 2021"}});

        SheetWriter ipm = book.sheet("IPM", 5, 10, 12);
        ipm.title(0, "ANGKA INDEKS PEMBANGUNAN MANUSIA TAHUN 2016 \u2013 2023");
        ipm.title(1, "KABUPATEN MUARA ENIM");
        ipm.header(3, "No", "Tahun", "Angka IPM");
        ipm.rows(4, new Object[][] {
            {num(1), num(2016), dec("66,71")},
            {num(2), num(2017), dec("67,63")},
            {num(3), num(2018), dec("68,28")},
            {num(4), num(2019), dec("68,88")},
            {num(5), num(2020), dec("68,74")},
            {num(6), num(2021), dec("68,86")},
            {num(7), num(2022), dec("69,43")},
            {num(8), num(2023), dec("70,24")},
        });
        ipm.rows(13, new Object[][] {{"Sumber : BPS Kabupaten Muara Enim"}});
    }

    /**
     * Seed 004 l.667-688: Tabel 2.1, goals and targets of the Sekretariat Daerah Kab. Bengkulu Selatan from its
     * Renstra 2021-2026, a target for each year 2022-2026. The tujuan, its indicator and each sasaran are merged
     * down over the rows they group; the rows the PDF conversion moved one column left (l.676-678, l.682-686) sit
     * under their headers, as in the agency's workbook. Its 2023 targets of Nilai LPPD (3,30) and Nilai RB (53,86)
     * are not those of the IKU table (l.911 3,22 and l.916 60,24, the Renstra's 2024 target).
     */
    static void bengkuluSelatanTujuanSasaranRenstra(Book book) {
        SheetWriter s = book.sheet("Tabel 2.1", 5, 30, 20, 30, 40, 8, 8, 8, 8, 8);
        s.title(0, "Tabel 2.1 TUJUAN DAN SASARAN SEKRETARIAT DAERAH KABUPATEN BENGKULU SELATAN");
        s.header(2, "NO", "TUJUAN", "INDIKATOR TUJUAN", "SASARAN", "INDIKATOR SASARAN",
                "TARGET KINERJA SASARAN PADA TAHUN");
        s.header(3, null, null, null, null, null, "2022", "2023", "2024", "2025", "2026");
        s.merge("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:J3");
        s.rows(4, new Object[][] {
            {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"},
            {"1", "Meningkatkan Tatakelola Pemerintah yang efektif, efisien dan Akuntabel",
                "Indeks Reformasi Birokrasi", "Meningkatnya Kebijakan di bidang Pemerintahan dan Kesejahteraan Rakyat",
                "Nilai LPPD", "3,226", "3,30", "3,32", "3,33", "3,34"},
            {null, null, null, null, "Persentase peningkatan Kesejahteraan Masyarakat", "90%", "90%", "90%", "95%",
                "95%"},
            {null, null, null, null, "Indeks Reformasi Hukum", "CC", "CC", "CC", "B", "B"},
            {null, null, null, "Meningkatnya Kebijakan di bidang Perekonomian dan Pembangunan", "Indeks Inflasi",
                "3 \u00b1 1", "3 \u00b1 1", "3 \u00b1 1", "3 \u00b1 1", "3 \u00b1 1"},
            {null, null, null, null, "Persentase Kebijakan Pembangunan", "90%", "91%", "92%", "93%", "93%"},
            {null, null, null, null, "Persentase penyelesaian proses PBJ", "82%", "87,07%", "88%", "89%", "90%"},
            {null, null, null, "Meningkatnya Kebijakan di bidang Administrasi Umum", "Nilai RB", "47,48", "53,86",
                "60,24", "66,62", "73"},
            {null, null, null, null, "Nilai SAKIP", "B", "B", "BB", "BB", "BB"},
            {null, null, null, null, "Nilai AKIP Akip Setda", "C", "B", "B", "B", "B"},
            {null, null, null, null, "Opini LHP BPK", "WTP", "WTP", "WTP", "WTP", "WTP"},
            {null, null, null, null, "Indeks Pelayanan Keprotokolan, Komunikasi dan Dokumentasi Pimpinan", "80",
                "85", "90", "95", "96"},
        });
        s.merge("A6:A16", "B6:B16", "C6:C16", "D6:D8", "D9:D11", "D12:D16");
        s.rows(17, new Object[][] {{"Sumber : Renstra Setda 2021-2026"}});
    }

    // ---------------------------------------------------------------------------------------------- writing

    interface Content {
        void fill(Book book);
    }

    private static void write(Path file, Content content) throws IOException {
        write(file, XSSFWorkbook::new, content);
    }

    /** A workbook of the given kind: {@link XSSFWorkbook} for {@code .xlsx}, {@link HSSFWorkbook} for {@code .xls}. */
    private static void write(Path file, Supplier<Workbook> kind, Content content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook workbook = kind.get(); OutputStream os = Files.newOutputStream(file)) {
            content.fill(new Book(workbook));
            workbook.write(os);
        }
        System.out.println("wrote " + file);
    }

    interface OdsContent {
        void fill(SpreadSheet spreadsheet);
    }

    private static void writeOds(Path file, OdsContent content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SpreadSheet spreadsheet = new SpreadSheet();
        content.fill(spreadsheet);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        spreadsheet.save(saved);
        Files.write(file, repairSods(saved.toByteArray()));
        System.out.println("wrote " + file);
    }

    /** A percentage cell as SODS 1.8.0 writes it: the value cut to three decimals, then the full value as text. */
    private static final Pattern SODS_PERCENTAGE =
            Pattern.compile("office:value-type=\"percentage\" office:value=\"([0-9.]+)\"><text:p>([0-9.]+)%</text:p>");

    /** A float cell as SODS 1.8.0 writes it: the value as Java prints a double, as value and as text. */
    private static final Pattern SODS_FLOAT =
            Pattern.compile("office:value-type=\"float\" office:value=\"([-0-9.E]+)\"><text:p>[^<]*</text:p>");

    /** A cell merged across columns as SODS 1.8.0 writes it: repeated as often as it spans, no covered cells. */
    private static final Pattern SODS_SPANNED = Pattern.compile("<table:table-cell table:number-columns-repeated="
            + "\"(\\d+)\" table:number-columns-spanned=\"\\1\"([^>]*)>(.*?)</table:table-cell>");

    /**
     * Repairs what SODS 1.8.0 writes as LibreOffice never does, and copies the rest of the package unchanged
     * ({@code mimetype} first and stored): a percentage's {@code office:value} cut to three decimals (0.9405 becomes
     * 0.941; the exact value is taken back from the cell's text); the text beside a number, which SODS writes as Java
     * prints a double ({@code 84.0}, {@code 94.05%}) and LibreOffice as the sheet shows it ({@code 84},
     * {@code 94,05%}); and a cell merged across N columns written as N repeated merged cells (it becomes one merged
     * cell and N-1 covered cells).
     */
    private static byte[] repairSods(byte[] ods) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ods));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("content.xml")) {
                    String xml = fixSpans(fixFloats(fixPercentages(new String(bytes, StandardCharsets.UTF_8))));
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String fixSpans(String content) {
        Matcher m = SODS_SPANNED.matcher(content);
        StringBuilder fixed = new StringBuilder();
        while (m.find()) {
            int span = Integer.parseInt(m.group(1));
            m.appendReplacement(fixed, Matcher.quoteReplacement("<table:table-cell table:number-columns-spanned=\""
                    + span + "\"" + m.group(2) + ">" + m.group(3) + "</table:table-cell>"
                    + "<table:covered-table-cell table:number-columns-repeated=\"" + (span - 1) + "\"/>"));
        }
        m.appendTail(fixed);
        return fixed.toString();
    }

    private static String fixFloats(String content) {
        Matcher m = SODS_FLOAT.matcher(content);
        StringBuilder fixed = new StringBuilder();
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1));
            m.appendReplacement(fixed, Matcher.quoteReplacement("office:value-type=\"float\" office:value=\""
                    + value.stripTrailingZeros().toPlainString() + "\"><text:p>" + shownIndonesian(value)
                    + "</text:p>"));
        }
        m.appendTail(fixed);
        return fixed.toString();
    }

    /** A number as LibreOffice shows it in the General format of an Indonesian locale: {@code 61,9}, {@code 84}. */
    private static String shownIndonesian(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String fixPercentages(String content) {
        Matcher m = SODS_PERCENTAGE.matcher(content);
        StringBuilder fixed = new StringBuilder();
        while (m.find()) {
            BigDecimal exact = new BigDecimal(m.group(2)).movePointLeft(2).stripTrailingZeros();
            if (exact.subtract(new BigDecimal(m.group(1))).abs().compareTo(new BigDecimal("0.0005")) > 0) {
                throw new IllegalStateException("percentage text and value disagree: " + m.group());
            }
            m.appendReplacement(fixed, Matcher.quoteReplacement("office:value-type=\"percentage\" office:value=\""
                    + exact.toPlainString() + "\"><text:p>" + shownIndonesian(exact.movePointRight(2)) + "%</text:p>"));
        }
        m.appendTail(fixed);
        return fixed.toString();
    }

    /** A web page saved under an {@code .xls} name, in Windows-1252; fails on a character it cannot hold. */
    private static void writeHtml(Path file, Supplier<String> page) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            ByteBuffer bytes = Charset.forName("windows-1252").newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(page.get()));
            Files.write(file, Arrays.copyOf(bytes.array(), bytes.limit()));
        } catch (CharacterCodingException e) {
            throw new IOException("not Windows-1252: " + file, e);
        }
        System.out.println("wrote " + file);
    }

    /** The "interrupted download": only the first bytes of a real workbook. */
    private static void writeTruncated(Path whole, Path truncated) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(truncated, Arrays.copyOf(bytes, Math.min(TRUNCATED_LENGTH, bytes.length)));
        System.out.println("wrote " + truncated);
    }

    /** A workbook with one cell style per number format, plus styles for titles, headers and wrapped text. */
    static final class Book {
        private final Workbook workbook;
        private final Map<String, CellStyle> formats = new HashMap<>();
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle text;

        Book(Workbook workbook) {
            this.workbook = workbook;
            Font font = workbook.createFont();
            font.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(font);
            header = workbook.createCellStyle();
            header.setFont(font);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            text.setWrapText(true);
        }

        /** A new sheet with the given column widths, in characters. */
        SheetWriter sheet(String name, int... widths) {
            Sheet sheet = workbook.createSheet(name);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            return new SheetWriter(this, sheet);
        }

        CellStyle format(String format) {
            return formats.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }

    /** Writes rows of cells into one sheet; rows and columns are 0-based here, as in POI. */
    static final class SheetWriter {
        private final Book book;
        private final Sheet sheet;

        SheetWriter(Book book, Sheet sheet) {
            this.book = book;
            this.sheet = sheet;
        }

        /** A title line in column A, bold. */
        void title(int row, String value) {
            text(row, 0, value).setCellStyle(book.title);
        }

        /** A header row, bold; {@code null} leaves the cell empty (covered by a merged region). */
        void header(int row, String... values) {
            for (int col = 0; col < values.length; col++) {
                if (values[col] != null) {
                    text(row, col, values[col]).setCellStyle(book.header);
                }
            }
        }

        /**
         * Data rows from {@code firstRow} on: String = text cell, Num = numeric cell, null = empty cell. Table cells
         * wrap; a row of one cell (a note, a signature line) does not, so it flows across the columns.
         */
        void rows(int firstRow, Object[][] rows) {
            for (int r = 0; r < rows.length; r++) {
                for (int col = 0; col < rows[r].length; col++) {
                    Object value = rows[r][col];
                    if (value instanceof String s) {
                        Cell cell = text(firstRow + r, col, s);
                        if (rows[r].length > 1) {
                            cell.setCellStyle(book.text);
                        }
                    } else if (value instanceof Num n) {
                        number(firstRow + r, col, n);
                    } else if (value != null) {
                        throw new IllegalArgumentException("not a cell value: " + value);
                    }
                }
            }
        }

        /** Hides this sheet (Excel: right-click the tab, Hide). */
        void hide() {
            Workbook workbook = sheet.getWorkbook();
            workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        }

        /** Merged regions in A1 notation, for example {@code "D4:F4"}. */
        void merge(String... ranges) {
            for (String range : ranges) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            }
        }

        /** A text cell holding exactly the given text. */
        Cell text(int row, int col, String value) {
            Cell cell = cell(row, col);
            cell.setCellValue(value);
            return cell;
        }

        /** A numeric cell shown with the number's format. */
        Cell number(int row, int col, Num value) {
            Cell cell = cell(row, col);
            cell.setCellValue(value.value());
            cell.setCellStyle(book.format(value.format()));
            return cell;
        }

        private Cell cell(int row, int col) {
            Row r = sheet.getRow(row);
            if (r == null) {
                r = sheet.createRow(row);
            }
            return r.createCell(col);
        }
    }

    /** A cell of the HTML table spanning rows and columns ({@code rowspan}, {@code colspan}). */
    record Span(String text, int rows, int cols) {
    }

    static Span span(String text, int rows, int cols) {
        return new Span(text, rows, cols);
    }

    /** A float cell of the {@code .ods} sample, from the seed's text with a decimal comma ({@code 79,35}). */
    static Double odsNum(String seedText) {
        return Double.valueOf(seedText.replace(',', '.'));
    }

    /** A percentage cell of the {@code .ods} sample, from the seed's text ({@code 94,05 %} is 0.9405). */
    static OfficePercentage odsPct(String seedText) {
        String digits = seedText.replace("%", "").trim().replace(',', '.');
        return new OfficePercentage(new BigDecimal(digits).movePointLeft(2).doubleValue());
    }

    /**
     * One {@code <table border="1">} in a page declaring Windows-1252 with the content type Excel opens; String = a
     * {@code <td>} with the text, null = an empty {@code <td>}, Span = a {@code <td>} with rowspan/colspan.
     */
    static final class HtmlTable {
        private final StringBuilder rows = new StringBuilder();

        void row(Object... cells) {
            rows.append("<tr>");
            for (Object cell : cells) {
                if (cell == null) {
                    rows.append("<td></td>");
                } else if (cell instanceof String s) {
                    rows.append("<td>").append(escape(s)).append("</td>");
                } else if (cell instanceof Span s) {
                    rows.append("<td");
                    if (s.rows() > 1) {
                        rows.append(" rowspan=\"").append(s.rows()).append('"');
                    }
                    if (s.cols() > 1) {
                        rows.append(" colspan=\"").append(s.cols()).append('"');
                    }
                    rows.append('>').append(escape(s.text())).append("</td>");
                } else {
                    throw new IllegalArgumentException("not a cell value: " + cell);
                }
            }
            rows.append("</tr>\r\n");
        }

        String page() {
            return "<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" "
                    + "content=\"application/vnd.ms-excel; charset=windows-1252\">\r\n</head>\r\n<body>\r\n"
                    + "<table border=\"1\">\r\n" + rows + "</table>\r\n</body>\r\n</html>\r\n";
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** Writes rows of cells into one sheet of an {@code .ods} spreadsheet; rows and columns are 0-based. */
    static final class OdsSheetWriter {
        private final com.github.miachm.sods.Sheet sheet;

        OdsSheetWriter(SpreadSheet spreadsheet, String name, int rows, int columns) {
            sheet = new com.github.miachm.sods.Sheet(name, rows, columns);
            spreadsheet.appendSheet(sheet);
        }

        /** String = text cell, Double = float cell, OfficePercentage = percentage cell, null = empty cell. */
        void rows(int firstRow, Object[][] rows) {
            for (int r = 0; r < rows.length; r++) {
                for (int col = 0; col < rows[r].length; col++) {
                    Object value = rows[r][col];
                    if (value instanceof String || value instanceof Double || value instanceof OfficePercentage) {
                        sheet.getRange(firstRow + r, col).setValue(value);
                    } else if (value != null) {
                        throw new IllegalArgumentException("not a cell value: " + value);
                    }
                }
            }
        }

        /** Merged regions in A1 notation, for example {@code "D4:F4"}. */
        void merge(String... ranges) {
            for (String range : ranges) {
                range(range).merge();
            }
        }

        /** Bold text in the given cells or ranges (A1 notation). */
        void bold(String... ranges) {
            for (String range : ranges) {
                range(range).setFontBold(true);
            }
        }

        private com.github.miachm.sods.Range range(String a1) {
            CellRangeAddress a = CellRangeAddress.valueOf(a1);
            return sheet.getRange(a.getFirstRow(), a.getFirstColumn(), a.getLastRow() - a.getFirstRow() + 1,
                    a.getLastColumn() - a.getFirstColumn() + 1);
        }
    }
}
