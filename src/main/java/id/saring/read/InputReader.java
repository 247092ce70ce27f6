package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads any input file with the reader its content calls for. Every cell's text comes cut to what a cell holds
 * ({@link LongTextCut}).
 */
public final class InputReader {

    private final TableFileReader xlsx = new XlsxReader();
    private final TableFileReader xls = new XlsReader();
    private final TableFileReader ods = new OdsReader();
    private final TableFileReader html = new HtmlTableReader();
    private final TableFileReader delimited = new CsvReader();

    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        InputFormat format;
        try {
            format = InputFormat.of(file);
        } catch (IOException e) {
            throw new UnreadableFileException(Problem.CORRUPT, String.valueOf(e.getMessage()), e);
        }
        SheetVisitor cut = new LongTextCut(visitor);
        switch (format) {
            case XLSX -> xlsx.read(file, cut);
            case XLS -> xls.read(file, cut);
            case ODS -> ods.read(file, cut);
            case HTML -> html.read(file, cut);
            case DELIMITED_TEXT -> delimited.read(file, cut);
        }
    }
}
