package id.saring.value;

import id.saring.layout.ColumnMap;
import id.saring.layout.Field;
import id.saring.layout.RowKind;
import id.saring.layout.TableHeader;
import id.saring.layout.TableListener;
import id.saring.layout.TableRow;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Location;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.model.Value.Blank;
import id.saring.model.Value.Quantity;
import id.saring.read.Cell;
import id.saring.read.CellKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns table rows into capaian records and budget lines with typed values.
 *
 * <p>The decimal mark of a column is decided from the evidence its own cells give ({@code 12,5},
 * {@code 4.660.490.628}), by majority, then from the whole table's when the column gives none or is split
 * evenly; a value such as {@code 1.234}
 * is read by that convention, and stays ambiguous when neither settles it. The first {@value #EVIDENCE_ROWS}
 * rows of a table are read before any of them is passed on, so that evidence below an ambiguous value still
 * counts; beyond that, rows flow through one at a time.
 */
public final class RecordExtractor implements TableListener {

    static final int EVIDENCE_ROWS = 2000;

    private final String file;
    private final IndoNumberParser parser;
    private final RecordListener listener;

    private TableHeader header;
    private final List<TableRow> buffered = new ArrayList<>();
    private boolean streaming;
    private final Map<Integer, int[]> columnEvidence = new HashMap<>();
    private final int[] tableEvidence = new int[2];

    public RecordExtractor(String file, IndoNumberParser parser, RecordListener listener) {
        this.file = file;
        this.parser = parser;
        this.listener = listener;
    }

    @Override
    public void startTable(TableHeader tableHeader) {
        header = tableHeader;
        buffered.clear();
        streaming = false;
        columnEvidence.clear();
        tableEvidence[0] = 0;
        tableEvidence[1] = 0;
        listener.startTable(tableHeader);
    }

    @Override
    public void row(TableRow row) {
        learn(row);
        if (streaming) {
            emit(row);
            return;
        }
        buffered.add(row);
        if (buffered.size() >= EVIDENCE_ROWS) {
            drain();
        }
    }

    @Override
    public void endTable() {
        drain();
        listener.endTable();
        header = null;
    }

    private void drain() {
        buffered.forEach(this::emit);
        buffered.clear();
        streaming = true;
    }

    private void learn(TableRow row) {
        List<Cell> cells = new ArrayList<>(row.values().values());
        cells.addAll(row.otherValues());
        for (Cell cell : cells) {
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            parser.evidence(cell.text()).ifPresent(c -> {
                int i = c == DecimalConvention.COMMA ? 0 : 1;
                columnEvidence.computeIfAbsent(cell.column(), k -> new int[2])[i]++;
                tableEvidence[i]++;
            });
        }
    }

    /**
     * The convention most of the column's settling values use, else most of the table's, else unsettled: a
     * column of {@code 12,01 | 8,58 | 0,313} with one {@code 3.20} typed in still writes decimals with a comma.
     */
    private DecimalConvention conventionOf(int column) {
        return majority(columnEvidence.getOrDefault(column, new int[2]))
                .or(() -> majority(tableEvidence))
                .orElse(DecimalConvention.UNSETTLED);
    }

    private static Optional<DecimalConvention> majority(int[] evidence) {
        if (evidence[0] == evidence[1]) {
            return Optional.empty();
        }
        return Optional.of(evidence[0] > evidence[1] ? DecimalConvention.COMMA : DecimalConvention.DOT);
    }

    private void emit(TableRow row) {
        if (row.kind() == RowKind.AVERAGE) {
            return;
        }
        ColumnMap columns = header.columns();
        Location location = new Location(file, header.sheet(), row.number(), -1);
        if (row.shift() != 0) {
            listener.rowShifted(location, row.shift());
        }
        boolean budget = columns.kind().hasBudget() && isBudgetLine(row);
        boolean capaian = columns.kind().hasCapaian() && row.kind() == RowKind.DATA && isCapaianRow(row);
        List<Stated> others = row.otherValues().stream().map(c -> stated(c, false)).toList();
        if (capaian) {
            listener.capaian(new CapaianRecord(location, header.opd(), header.tahun(), row.text(Field.SASARAN),
                    row.text(Field.INDIKATOR), row.text(Field.SATUAN), field(row, Field.TARGET),
                    field(row, Field.REALISASI), field(row, Field.CAPAIAN), field(row, Field.PREDIKAT),
                    budget ? List.of() : others));
        }
        if (budget) {
            listener.budget(new BudgetLine(location, header.opd(), header.tahun(), row.columnLevel(),
                    row.text(Field.KODE), uraian(row), row.kind() == RowKind.TOTAL, field(row, Field.PAGU),
                    field(row, Field.REALISASI_ANGGARAN), field(row, Field.SERAPAN), others));
        } else if (!capaian && !others.isEmpty()) {
            // a row with only other-year numbers still gets its damaged numbers reported
            listener.capaian(new CapaianRecord(location, header.opd(), header.tahun(), row.text(Field.SASARAN),
                    row.text(Field.INDIKATOR), row.text(Field.SATUAN), Stated.absent(), Stated.absent(),
                    Stated.absent(), Stated.absent(), others));
        }
    }

    private static boolean isCapaianRow(TableRow row) {
        return !row.text(Field.INDIKATOR).isEmpty()
                || Field.CAPAIAN_MEASURES.stream().anyMatch(f -> row.value(f).isPresent());
    }

    private static boolean isBudgetLine(TableRow row) {
        return !uraian(row).isEmpty() || Field.BUDGET_MEASURES.stream().anyMatch(f -> row.value(f).isPresent());
    }

    /** The uraian column, else the deepest of separate programme, kegiatan and sub-kegiatan columns. */
    private static String uraian(TableRow row) {
        if (!row.text(Field.URAIAN).isEmpty()) {
            return row.text(Field.URAIAN);
        }
        BudgetLevel level = row.columnLevel();
        Field f = switch (level) {
            case SUB_KEGIATAN -> Field.SUB_KEGIATAN;
            case KEGIATAN -> Field.KEGIATAN;
            case PROGRAM -> Field.PROGRAM;
            default -> null;
        };
        if (f != null) {
            return row.text(f);
        }
        return row.kind() == RowKind.TOTAL ? row.text(Field.NO) : "";
    }

    private Stated field(TableRow row, Field field) {
        Optional<Integer> column = header.columns().column(field);
        if (column.isEmpty()) {
            return Stated.absent();
        }
        Optional<Cell> cell = row.value(field);
        if (cell.isEmpty()) {
            return new Stated(new Blank(false), "", column.get());
        }
        return stated(cell.get(), field == Field.PAGU || field == Field.REALISASI_ANGGARAN);
    }

    /** In budget columns a dash means zero rupiah. */
    private Stated stated(Cell cell, boolean budgetAmount) {
        Value value = switch (cell.kind()) {
            case NUMBER -> CellValues.numeric(cell);
            case TEXT -> parser.parse(cell.text(), conventionOf(cell.column()));
            default -> CellValues.notANumber(cell);
        };
        if (budgetAmount && value instanceof Blank b && b.dash()) {
            value = Quantity.plain(BigDecimal.ZERO);
        }
        return new Stated(value, cell.text(), cell.column());
    }
}
