package id.saring.value;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.layout.ColumnMap;
import id.saring.layout.Field;
import id.saring.layout.RowKind;
import id.saring.layout.TableHeader;
import id.saring.layout.TableRow;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Location;
import id.saring.model.Value;
import id.saring.model.Value.Ambiguous;
import id.saring.model.Value.Quantity;
import id.saring.read.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decimal mark of each column decided from what the table's own values show. */
class RecordExtractorTest {

    private static final int TARGET = 2;
    private static final int REALISASI = 3;
    private static final TableHeader HEADER = new TableHeader("analisis-capaian-sasaran-2023.xls", "", 2, 3,
            "Tabel Analisis Pencapaian Sasaran Strategis", "Pemerintah Kabupaten Muara Enim", "2023",
            new ColumnMap(Map.of(Field.INDIKATOR, List.of(0), Field.TARGET, List.of(TARGET), Field.REALISASI,
                    List.of(REALISASI)), List.of(), List.of(), "2023"));

    private final List<CapaianRecord> records = new ArrayList<>();
    private final RecordExtractor extractor = new RecordExtractor(HEADER.file(),
            new IndoNumberParser(new GradeVocabulary(List.of("B"))), new RecordListener() {
                @Override
                public void startTable(TableHeader header) {
                }

                @Override
                public void capaian(CapaianRecord record) {
                    records.add(record);
                }

                @Override
                public void budget(BudgetLine line) {
                }

                @Override
                public void rowShifted(Location row, int shift) {
                }

                @Override
                public void endTable() {
                }
            });

    private void table(String[]... rows) {
        extractor.startTable(HEADER);
        int number = 5;
        for (String[] r : rows) {
            extractor.row(new TableRow(number++, RowKind.DATA, Map.of(Field.INDIKATOR, r[0]),
                    Map.of(Field.TARGET, Cell.text(TARGET, r[1]), Field.REALISASI, Cell.text(REALISASI, r[2])),
                    List.of(), BudgetLevel.UNKNOWN, 0));
        }
        extractor.endTable();
    }

    private Value realisasiOf(String indikator) {
        return records.stream().filter(r -> r.indikator().equals(indikator)).findFirst().orElseThrow()
                .realisasi().value();
    }

    @Test
    void aColumnOfCommaDecimalsWithOneDotDecimalTypedInStillUsesTheComma() {
        // 000 l.2049-2089, RPJMD columns: 3.20 among comma decimals does not unsettle Rp. 11,683
        table(new String[] {"Angka Harapan Hidup", "69,51", "74,29"},
                new String[] {"Harapan Lama Sekolah", "12,02", "12,01"},
                new String[] {"Tingkat Daya Beli Masyarakat", "NA", "Rp. 11,683"},
                new String[] {"Tingkat Maturitas SPIP", "3,02", "3.20"});

        assertThat(realisasiOf("Tingkat Daya Beli Masyarakat")).isInstanceOfSatisfying(Quantity.class,
                q -> assertThat(q.amount()).isEqualByComparingTo("11.683"));
        assertThat(realisasiOf("Tingkat Maturitas SPIP")).isInstanceOfSatisfying(Quantity.class,
                q -> assertThat(q.amount()).isEqualByComparingTo("3.20"));
    }

    @Test
    void aColumnSplitEvenlyBetweenTheMarksFollowsTheTable() {
        // realisasi: one comma decimal, one dot decimal; the target column writes comma decimals
        table(new String[] {"Indeks Gini Ratio", "0,31", "0,313"},
                new String[] {"Indeks SPBE", "2,95", "3.00"},
                new String[] {"Tingkat Daya Beli Masyarakat", "10,95", "11,683"});

        assertThat(realisasiOf("Tingkat Daya Beli Masyarakat")).isInstanceOfSatisfying(Quantity.class,
                q -> assertThat(q.amount()).isEqualByComparingTo("11.683"));
    }

    @Test
    void whenNeitherTheColumnNorTheTableSettlesTheMarkTheNumberStaysAmbiguous() {
        table(new String[] {"Indeks Gini Ratio", "0.31", "0,313"},
                new String[] {"Tingkat Daya Beli Masyarakat", "10,95", "11,683"},
                new String[] {"Indeks SPBE", "3", "3.00"});

        // realisasi: 0,313 against 3.00; the table: 0,313 and 10,95 against 0.31 and 3.00
        assertThat(realisasiOf("Tingkat Daya Beli Masyarakat")).isEqualTo(
                new Ambiguous(new BigDecimal("11.683"), new BigDecimal("11683")));
    }
}
