package id.saring.read;

import java.nio.file.Path;

/** Reads one file format and hands its sheets to a visitor. Implementations never modify the file. */
public interface TableFileReader {

    /**
     * Reads {@code file} from start to end.
     *
     * @throws UnreadableFileException when the file cannot be read; rows already handed to the visitor
     *                                 stay valid
     */
    void read(Path file, SheetVisitor visitor) throws UnreadableFileException;
}
