package id.saring.cli;

import java.io.IOException;
import java.nio.file.Path;

/** The outputs could not be written after the inputs were processed; earlier outputs are left in place. */
final class OutputException extends Exception {

    private final transient Path folder;

    OutputException(Path folder, IOException cause) {
        super(cause);
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }
}
