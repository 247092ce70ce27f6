package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads Excel 97-2003 {@code .xls} workbooks with POI's HSSF. An {@code .xls} holds at most 65,536 rows, so it is
 * read whole. Formulas give their cached values; merged ranges give their first cell to every cell they cover.
 */
public final class XlsReader implements TableFileReader {

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            ShownNumbers shown = new ShownNumbers(workbook.getInternalWorkbook().isUsing1904DateWindowing());
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                readSheet(workbook, i, visitor, shown);
            }
        } catch (VisitorFailure e) {
            throw e.unwrap();
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(Problem.ENCRYPTED, String.valueOf(e.getMessage()), e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableFileException(Problem.UNSUPPORTED_FORMAT, "Excel 5.0/95", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Problem.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void readSheet(HSSFWorkbook workbook, int index, SheetVisitor visitor, ShownNumbers shown) {
        Sheet sheet = workbook.getSheetAt(index);
        boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
        List<MergedRegions.Region> regions = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            regions.add(new MergedRegions.Region(range.getFirstRow() + 1, range.getLastRow() + 1,
                    range.getFirstColumn(), range.getLastColumn()));
        }
        MergedRegions merged = new MergedRegions(regions);
        VisitorFailure.call(() -> visitor.startSheet(sheet.getSheetName(), hidden));
        for (Row row : sheet) {
            List<Cell> cells = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                toCell(cell, shown).ifPresent(cells::add);
            }
            SheetRow sheetRow = merged.spread(new SheetRow(row.getRowNum() + 1, cells, row.getZeroHeight()));
            VisitorFailure.call(() -> visitor.row(sheetRow));
        }
        VisitorFailure.call(visitor::endSheet);
    }

    private static Optional<Cell> toCell(org.apache.poi.ss.usermodel.Cell cell, ShownNumbers shown) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int column = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> Optional.of(shown.cell(column, BigDecimal.valueOf(cell.getNumericCellValue()),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()));
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                yield text == null || text.isEmpty() ? Optional.empty() : Optional.of(Cell.text(column, text));
            }
            case BOOLEAN -> Optional.of(new Cell(column, String.valueOf(cell.getBooleanCellValue())
                    .toUpperCase(Locale.ROOT), CellKind.BOOLEAN, Optional.empty(), ""));
            case ERROR -> Optional.of(new Cell(column, FormulaError.forInt(cell.getErrorCellValue()).getString(),
                    CellKind.ERROR, Optional.empty(), ""));
            default -> Optional.empty();
        };
    }

}
