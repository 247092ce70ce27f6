package id.saring.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Regenerates the {@code .xlsx} files of {@code input-samples/} from the seed reports they were copied from.
 *
 * <p>Every cell is written the way the agency's spreadsheet holds it: a {@link String} in the data arrays becomes a
 * text cell with exactly the seed's text (numbers kept as text, as agencies often type them), a {@link Num} becomes
 * a numeric cell with the given number format, and {@code null} leaves the cell empty. The seed line each table
 * comes from is named on its method. The CSV samples are plain files and are not written here.
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
            // l.875: the PDF conversion shifted this row one column left; it belongs under Indikator Kinerja
            {null, null, "2. Indeks Profesional ASN Kecamatan Sumber Harta", "55", "49,1", "89"},
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

    // ---------------------------------------------------------------------------------------------- writing

    interface Content {
        void fill(Book book);
    }

    private static void write(Path file, Content content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            content.fill(new Book(workbook));
            workbook.write(os);
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
        private final XSSFWorkbook workbook;
        private final Map<String, CellStyle> formats = new HashMap<>();
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle text;

        Book(XSSFWorkbook workbook) {
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
}
