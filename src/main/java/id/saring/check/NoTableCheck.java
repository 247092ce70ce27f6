package id.saring.check;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Value;
import id.saring.read.Cell;
import id.saring.read.CellKind;
import id.saring.read.SheetRow;
import id.saring.rules.CheckSettings;
import id.saring.value.DecimalConvention;
import id.saring.value.IndoNumberParser;
import java.util.ArrayList;
import java.util.List;

/**
 * A file or sheet in which no capaian or budget table was recognised ({@code no-table}), so that nothing in it was
 * checked. A file read without any table is one finding on the file. In a file with tables, a sheet without one
 * is reported when it still looks like a table: {@value #TABLE_ROWS} rows or more holding two numbers or more
 * (seed 000 l.1029-1040 lists the IPM of 2016-2023 as {@code No | Tahun | Angka IPM}, a table of no kind saring
 * knows). An empty sheet, or one of prose, a cover or a signature page, is not.
 */
public final class NoTableCheck {

    /** Rows with two numbers or more that make a sheet look like a table: one such row is a date and a page. */
    static final int TABLE_ROWS = 3;
    /** Longer texts are words, not a number ({@code Rp. 2.716.508.396,00} has 20 characters). */
    private static final int LONGEST_NUMBER = 40;

    private final String file;
    private final IndoNumberParser parser;
    private final Findings findings;
    private final List<Finding> sheets = new ArrayList<>();
    private String sheet = "";
    private int numericRows;

    public NoTableCheck(String file, IndoNumberParser parser, CheckSettings settings) {
        this.file = file;
        this.parser = parser;
        this.findings = new Findings(settings);
    }

    public void startSheet(String name) {
        sheet = name;
        numericRows = 0;
    }

    /** A row of a sheet in which no table was found so far. */
    public void row(SheetRow row) {
        int numbers = 0;
        for (Cell c : row.filled()) {
            if (!c.mergedCopy() && isNumber(c) && ++numbers == 2) {
                numericRows++;
                return;
            }
        }
    }

    public void endSheet(int tables) {
        if (tables == 0 && numericRows >= TABLE_ROWS) {
            sheets.add(findings.of(Category.NO_TABLE, "table.none", new Location(file, sheet, 0, -1),
                    Message.of("no-table.sheet", sheet, numericRows), "", ""));
        }
    }

    /** What to report once the whole file was read, given how many tables it held. */
    public List<Finding> findings(int tables) {
        if (tables == 0) {
            return List.of(findings.of(Category.NO_TABLE, "table.none", Location.ofFile(file),
                    Message.of("no-table.file"), "", ""));
        }
        return List.copyOf(sheets);
    }

    private boolean isNumber(Cell c) {
        if (c.kind() == CellKind.NUMBER) {
            return true;
        }
        String t = c.text();
        if (c.kind() != CellKind.TEXT || t.length() > LONGEST_NUMBER || t.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        Value v = parser.parse(t, DecimalConvention.UNSETTLED);
        return v instanceof Value.Quantity || v instanceof Value.Ambiguous;
    }
}
