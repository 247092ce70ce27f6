package id.saring.report;

/**
 * What became of one input file.
 *
 * @param file     path relative to the INPUT folder it was found in, or the bare name of a file given directly
 * @param readable false when the file could not be read (it then has an {@code unreadable-file} finding)
 * @param tables   how many tables were found in it
 */
public record InputStatus(String file, String sha256, boolean readable, int tables) {
}
