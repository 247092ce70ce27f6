package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.nio.file.Path;

/** Reads any input file with the reader its content calls for. */
public final class InputReader {

    private final TableFileReader xlsx = new XlsxReader();
    private final TableFileReader delimited = new CsvReader();

    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        InputFormat format;
        try {
            format = InputFormat.of(file);
        } catch (IOException e) {
            throw new UnreadableFileException(Problem.CORRUPT, String.valueOf(e.getMessage()), e);
        }
        switch (format) {
            case XLSX -> xlsx.read(file, visitor);
            case DELIMITED_TEXT -> delimited.read(file, visitor);
            default -> throw new UnreadableFileException(Problem.UNSUPPORTED_FORMAT, format.name());
        }
    }
}
