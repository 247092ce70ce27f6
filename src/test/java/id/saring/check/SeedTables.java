package id.saring.check;

import static id.saring.check.CheckFixtures.PARSER;
import static id.saring.check.CheckFixtures.RULES;

import id.saring.layout.SheetLayout;
import id.saring.layout.TableHeader;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Location;
import id.saring.read.Cell;
import id.saring.read.SheetRow;
import id.saring.value.RecordExtractor;
import id.saring.value.RecordListener;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables read from the tab-separated table lines of the seed reports by the real layout and value stages: field
 * {@code i} of a line is column {@code i}, every cell is text, as agencies often type numbers, and the rows are
 * numbered from the seed line given, so that a finding's row is the seed's line. A line written {@code 2828: …}
 * is row 2828 whatever its place in the block, for excerpts of a long table.
 */
final class SeedTables {

    /** A table as the checks receive it: its header, then its records and budget lines in row order. */
    record Table(TableHeader header, List<CapaianRecord> capaian, List<BudgetLine> budget) {
    }

    private static final Pattern NUMBERED = Pattern.compile("(\\d+): (.*)");

    private SeedTables() {
    }

    /**
     * The tables of {@code block}, one line per row from row {@code first} on.
     *
     * @param agency the agency of tables whose titles name none (a file's folder)
     */
    static List<Table> read(String file, String sheet, String agency, int first, String block) {
        List<Table> tables = new ArrayList<>();
        RecordListener collect = new RecordListener() {
            private Table table;

            @Override
            public void startTable(TableHeader header) {
                table = new Table(header, new ArrayList<>(), new ArrayList<>());
                tables.add(table);
            }

            @Override
            public void capaian(CapaianRecord record) {
                table.capaian().add(record);
            }

            @Override
            public void budget(BudgetLine line) {
                table.budget().add(line);
            }

            @Override
            public void rowShifted(Location row, int shift) {
            }

            @Override
            public void endTable() {
            }
        };
        SheetLayout layout = new SheetLayout(file, sheet, agency, RULES.columns(),
                new RecordExtractor(file, PARSER, collect));
        String[] lines = block.split("\n", -1);
        int n = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        int number = first;
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches()) {
                number = Integer.parseInt(numbered.group(1));
                line = numbered.group(2);
            }
            String[] fields = line.split("\t", -1);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < fields.length; c++) {
                if (!fields[c].isBlank()) {
                    cells.add(Cell.text(c, fields[c]));
                }
            }
            layout.accept(new SheetRow(number++, cells, false));
        }
        layout.finish();
        return tables;
    }

    /** The only table of {@code block}. */
    static Table table(String file, String sheet, String agency, int first, String block) {
        List<Table> tables = read(file, sheet, agency, first, block);
        if (tables.size() != 1) {
            throw new IllegalStateException(tables.size() + " tables in the block from row " + first);
        }
        return tables.get(0);
    }
}
