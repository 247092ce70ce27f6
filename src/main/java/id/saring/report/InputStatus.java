package id.saring.report;

import java.nio.file.Path;

/**
 * What became of one input file.
 *
 * @param file     path relative to the INPUT folder it was found in, or the bare name of a file given directly
 * @param path     where the file lies, to make its annotated copy from
 * @param readable false when the file could not be read (it then has an {@code unreadable-file} finding)
 * @param tables   how many tables were found in it
 */
public record InputStatus(String file, Path path, String sha256, boolean readable, int tables) {
}
