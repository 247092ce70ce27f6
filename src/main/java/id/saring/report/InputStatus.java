package id.saring.report;

import java.nio.file.Path;

/**
 * What became of one input file.
 *
 * @param file     path relative to the INPUT folder it was found in, or the bare name of a file given directly
 * @param path     where the file lies, to make its annotated copy from
 * @param readable false when the file could not be read (it then has an {@code unreadable-file} finding)
 * @param tables   how many tables were found in it
 * @param formulaLikeText true when a text cell could run as a formula ({@link FormulaGuard}), which its annotated
 *                 copy must guard; true as well when that is not known
 */
public record InputStatus(String file, Path path, String sha256, boolean readable, int tables,
        boolean formulaLikeText) {

    /** The status of an input whose text is not known to be free of formula-like cells. */
    public InputStatus(String file, Path path, String sha256, boolean readable, int tables) {
        this(file, path, sha256, readable, tables, true);
    }
}
