package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.layout.ColumnMap;
import id.saring.layout.ColumnMatch;
import id.saring.layout.ColumnMatch.Use;
import id.saring.layout.Field;
import id.saring.layout.SheetLayout;
import id.saring.layout.TableHeader;
import id.saring.layout.TableListener;
import id.saring.layout.TableRow;
import id.saring.read.Cell;
import id.saring.read.SheetRow;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code tables.csv}: one line per labelled header column of every table, saying how the column was read. The
 * file is compared byte for byte: RFC 4180 lines end in CRLF, and a field is quoted only when it must be.
 */
class TablesCsvTest {

    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2024, 1, 31, 10, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final String HEADER_LINE = "file,sheet,header_rows,title,opd,tahun,column,header,field,alias,confidence,use";

    @TempDir
    Path out;

    private final ReportWriter writer = new ReportWriter(new MessageCatalog(Language.ID), "0.1.0");

    private String tablesCsv(TableHeader... tables) throws IOException {
        writer.write(new RunResult(List.of(), List.of(tables), List.of(), List.of(), List.of()), out, GENERATED);
        return Files.readString(out.resolve("tables.csv"), StandardCharsets.UTF_8);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static ColumnMatch field(int column, String header, Field field, String alias, double confidence) {
        return new ColumnMatch(column, header, Optional.of(field), alias, confidence, Use.FIELD);
    }

    /** A header whose column map holds {@code mapping}; the fields' columns do not show in tables.csv. */
    private static TableHeader table(String file, String sheet, int first, int last, String title, String opd,
            String tahun, ColumnMatch... mapping) {
        Map<Field, List<Integer>> columns = new EnumMap<>(Field.class);
        List<Integer> otherValues = new ArrayList<>();
        for (ColumnMatch m : mapping) {
            if (m.use() == Use.FIELD) {
                columns.computeIfAbsent(m.field().orElseThrow(), f -> new ArrayList<>()).add(m.column());
            } else if (m.use() == Use.OTHER_YEAR) {
                otherValues.add(m.column());
            }
        }
        return new TableHeader(file, sheet, first, last, title, opd, tahun,
                new ColumnMap(columns, otherValues, List.of(mapping), tahun));
    }

    // 004 l.906-910, Tabel 3.2, with the target typed "Tatget" as 003 l.563 does
    private static final TableHeader TABEL_3_2 = table("setda-bengkulu-selatan/iku-2023.csv", "", 4, 5,
            "Tabel 3.2 Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan", "Sekretariat Daerah Kab. Bengkulu Selatan",
            "2023",
            field(0, "NO", Field.NO, "no", 1.0),
            field(1, "INDIKATOR KINERJA UTAMA", Field.INDIKATOR, "indikator kinerja utama", 1.0),
            new ColumnMatch(2, "Capaian 2021", Optional.of(Field.CAPAIAN), "capaian", 1.0, Use.OTHER_YEAR),
            new ColumnMatch(3, "Capaian 2022", Optional.of(Field.CAPAIAN), "capaian", 1.0, Use.OTHER_YEAR),
            field(4, "2023 Tatget", Field.TARGET, "target", 0.8333333333333334),
            field(5, "2023 Realisasi", Field.REALISASI, "realisasi", 1.0),
            field(6, "2023 % Realisasi", Field.CAPAIAN, "% realisasi", 1.0),
            new ColumnMatch(7, "Target Akhir Renstra 2026", Optional.empty(), "target akhir renstra", 1.0, Use.IGNORED),
            new ColumnMatch(8, "Capaian s.d 2023 thd Target Renstra", Optional.empty(), "capaian s d", 1.0,
                    Use.IGNORED));

    @Test
    void eachHeaderColumnIsOneLineWithItsFieldAliasConfidenceAndUse() throws IOException {
        String prefix = "setda-bengkulu-selatan/iku-2023.csv,,4-5,Tabel 3.2 Pencapaian IKU Sekretariat Daerah Kab."
                + " Bengkulu Selatan,Sekretariat Daerah Kab. Bengkulu Selatan,2023,";

        assertThat(tablesCsv(TABEL_3_2)).isEqualTo(lines(
                HEADER_LINE,
                prefix + "A,NO,no,no,1.00,field",
                prefix + "B,INDIKATOR KINERJA UTAMA,indikator,indikator kinerja utama,1.00,field",
                prefix + "C,Capaian 2021,capaian,capaian,1.00,other_year",
                prefix + "D,Capaian 2022,capaian,capaian,1.00,other_year",
                prefix + "E,2023 Tatget,target,target,0.83,field",
                prefix + "F,2023 Realisasi,realisasi,realisasi,1.00,field",
                prefix + "G,2023 % Realisasi,capaian,% realisasi,1.00,field",
                prefix + "H,Target Akhir Renstra 2026,,target akhir renstra,1.00,ignored",
                prefix + "I,Capaian s.d 2023 thd Target Renstra,,capaian s d,1.00,ignored"));
    }

    @Test
    void titlesAndHeadersWithCommasQuotesOrLineBreaksAreQuoted() throws IOException {
        // 001 l.429 has a comma in its caption; agencies quote names and break header cells over two lines
        TableHeader table = table("kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx", "Sasaran Pemerintahan",
                4, 4, "Sasaran Strategis, Indikator Kinerja dan Target Kinerja \"Kecamatan Semende Darat Tengah\"",
                "Kecamatan Semende Darat Tengah", "2023",
                field(0, "Indikator\nSasaran", Field.INDIKATOR, "indikator sasaran", 1.0),
                field(1, "Target, 2023", Field.TARGET, "target", 1.0),
                field(2, "Realisasi \"s.d. Desember\"", Field.REALISASI, "realisasi", 1.0));
        String prefix = "kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx,Sasaran Pemerintahan,4-4,"
                + "\"Sasaran Strategis, Indikator Kinerja dan Target Kinerja \"\"Kecamatan Semende Darat Tengah\"\"\","
                + "Kecamatan Semende Darat Tengah,2023,";

        String csv = tablesCsv(table);

        assertThat(csv).isEqualTo(lines(
                HEADER_LINE,
                prefix + "A,\"Indikator\nSasaran\",indikator,indikator sasaran,1.00,field",
                prefix + "B,\"Target, 2023\",target,target,1.00,field",
                prefix + "C,\"Realisasi \"\"s.d. Desember\"\"\",realisasi,realisasi,1.00,field"));
        // and a CSV reader gets the texts back as they were
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(1).get(3))
                .isEqualTo("Sasaran Strategis, Indikator Kinerja dan Target Kinerja \"Kecamatan Semende Darat Tengah\"");
        assertThat(records).extracting(r -> r.get(7))
                .containsExactly("header", "Indikator\nSasaran", "Target, 2023", "Realisasi \"s.d. Desember\"");
    }

    @Test
    void aColumnOfAFieldAlreadyGivenAndAColumnNothingMatchedHaveTheirOwnUse() throws IOException {
        // 003 l.885-886: "Keuangan Narasi" matches nothing; the second "Realisasi" of the table is a duplicate
        TableHeader table = table("kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx", "Realisasi Keuangan", 885, 886,
                "Tabel", "Kecamatan Sumber Harta", "",
                field(3, "Penyerapan Realisasi (Rp)", Field.REALISASI_ANGGARAN, "penyerapan realisasi", 1.0),
                new ColumnMatch(5, "Keuangan Narasi", Optional.empty(), "", 0.0, Use.UNMATCHED),
                new ColumnMatch(8, "Keuangan Realisasi", Optional.of(Field.REALISASI_ANGGARAN), "keuangan realisasi",
                        1.0, Use.DUPLICATE));
        String prefix = "kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx,Realisasi Keuangan,885-886,Tabel,"
                + "Kecamatan Sumber Harta,,";

        assertThat(tablesCsv(table)).isEqualTo(lines(
                HEADER_LINE,
                prefix + "D,Penyerapan Realisasi (Rp),realisasi_anggaran,penyerapan realisasi,1.00,field",
                prefix + "F,Keuangan Narasi,,,0.00,unmatched",
                prefix + "I,Keuangan Realisasi,realisasi_anggaran,keuangan realisasi,1.00,duplicate"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # confidence        | written | a typo that gives it
            1.0                 | 1.00    | none
            0.9565217391304348  | 0.96    | INDIKATOR KONERJA SASARAN, 004 l.781
            0.9375              | 0.94    | Indikator Kinerj, half a hundredth rounds up
            0.8888888888888888  | 0.89    | Ralisasi, 003 l.563
            0.875               | 0.88    | Anggran, 003 l.591: half a hundredth rounds up
            0.8571428571428572  | 0.86    | Capain
            0.8333333333333334  | 0.83    | Tatget, 003 l.563
            0.7777777777777778  | 0.78    | Relaisasi
            0.0                 | 0.00    | nothing matched
            """)
    void theConfidenceIsWrittenWithTwoDecimalsRoundedHalfUp(double confidence, String written, String typo)
            throws IOException {
        TableHeader table = table("iku.csv", "", 1, 1, "", "Kecamatan Sumber Harta", "",
                field(3, "Tatget", Field.TARGET, "target", confidence));

        assertThat(tablesCsv(table)).isEqualTo(lines(
                HEADER_LINE,
                "iku.csv,,1-1,,Kecamatan Sumber Harta,,D,Tatget,target,target," + written + ",field"));
    }

    @Test
    void columnsBeyondZAreNamedAsASpreadsheetNamesThem() throws IOException {
        TableHeader table = table("lra.xlsx", "LRA", 7, 7, "", "", "2023",
                field(26, "ANGGARAN", Field.PAGU, "anggaran", 1.0),
                field(27, "REALISASI 2023", Field.REALISASI_ANGGARAN, "realisasi", 1.0));

        assertThat(tablesCsv(table)).isEqualTo(lines(
                HEADER_LINE,
                "lra.xlsx,LRA,7-7,,,2023,AA,ANGGARAN,pagu,anggaran,1.00,field",
                "lra.xlsx,LRA,7-7,,,2023,AB,REALISASI 2023,realisasi_anggaran,realisasi,1.00,field"));
    }

    @Test
    void tablesFollowEachOtherInRunOrderAndARunWithoutTablesHasTheHeaderLineOnly() throws IOException {
        TableHeader second = table("iku.csv", "", 1, 1, "", "Kecamatan Sumber Harta", "",
                field(0, "Indikator Sasaran", Field.INDIKATOR, "indikator sasaran", 1.0));

        String both = tablesCsv(TABEL_3_2, second);
        assertThat(both.split("\r\n")).hasSize(1 + 9 + 1);
        assertThat(both).endsWith("\r\niku.csv,,1-1,,Kecamatan Sumber Harta,,A,Indikator Sasaran,indikator,"
                + "indikator sasaran,1.00,field\r\n");

        assertThat(tablesCsv()).isEqualTo(lines(HEADER_LINE));
    }

    @Test
    void aTableLaidOutFromItsRowsIsAuditedAsItWasRead() throws IOException, RuleFileException {
        // 003 l.559-564 laid out with the bundled rules: the typos of the header show with their confidence
        List<TableHeader> tables = new ArrayList<>();
        SheetLayout layout = new SheetLayout("kecamatan-sumber-harta/iku-2023.csv", "", "Kecamatan Sumber Harta",
                new RuleLoader().load(Path.of("rules"), Optional.empty()).columns(), new TableListener() {
                    @Override
                    public void startTable(TableHeader header) {
                        tables.add(header);
                    }

                    @Override
                    public void row(TableRow row) {
                    }

                    @Override
                    public void endTable() {
                    }
                });
        layout.accept(row(1, "Taget realisasi dan capaian Indikator Kinerja Utama (IKU) Kecamatan Sumber Harta"
                + " Kabupaten Musi Rawas dapat dilihat dari tabel dibawah ini :"));
        layout.accept(row(4, "No", "Sasaran Strategis", "Indikator kinerja", "Tatget", "Ralisasi", "Capaian ( % )"));
        layout.accept(row(5, "1", "Meningkatnya Kualitas Pelayanan Publik", "Indeks Kepuasan masyarakat", "84",
                "79,35", "94,05%"));
        layout.finish();
        String prefix = "kecamatan-sumber-harta/iku-2023.csv,,4-4,Taget realisasi dan capaian Indikator Kinerja"
                + " Utama (IKU) Kecamatan Sumber Harta Kabupaten Musi Rawas dapat dilihat dari tabel dibawah ini :,"
                + "Kecamatan Sumber Harta Kabupaten Musi Rawas,2023,"; // the year the file name states

        assertThat(tablesCsv(tables.toArray(TableHeader[]::new))).isEqualTo(lines(
                HEADER_LINE,
                prefix + "A,No,no,no,1.00,field",
                prefix + "B,Sasaran Strategis,sasaran,sasaran strategis,1.00,field",
                prefix + "C,Indikator kinerja,indikator,indikator kinerja,1.00,field",
                prefix + "D,Tatget,target,target,0.83,field",
                prefix + "E,Ralisasi,realisasi,realisasi,0.89,field",
                prefix + "F,Capaian ( % ),capaian,capaian %,1.00,field"));
    }

    private static SheetRow row(int number, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(Cell.text(i, texts[i]));
        }
        return new SheetRow(number, cells, false);
    }
}
