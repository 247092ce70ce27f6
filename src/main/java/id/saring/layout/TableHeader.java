package id.saring.layout;

/**
 * A table found on a sheet.
 *
 * @param file           the input's name as the outputs give it
 * @param headerFirstRow first header row as the spreadsheet shows it (1-based)
 * @param headerLastRow  last header row (the column-number row below it, if any, is not counted)
 * @param title          the caption or title above the table ({@code Tabel 3.2 Pencapaian IKU …}), may be empty
 * @param opd            the agency the table belongs to, from its title block or the file's folder
 * @param tahun          the reporting year from the headers or the title block, may be empty
 */
public record TableHeader(String file, String sheet, int headerFirstRow, int headerLastRow, String title, String opd, String tahun,
        ColumnMap columns) {

    public TableKind kind() {
        return columns.kind();
    }
}
