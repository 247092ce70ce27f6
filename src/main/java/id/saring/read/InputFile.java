package id.saring.read;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An input file and the name the outputs give it.
 *
 * @param name   path relative to the INPUT folder it was found in, with {@code /}; the bare name for a file
 *               given directly
 * @param folder the folder inside the INPUT folder that holds it ({@code dinas-kesehatan} for
 *               {@code dinas-kesehatan/iku.xlsx}), empty when it lies at the top
 */
public record InputFile(Path path, String name, String folder) {

    /**
     * The agency this file belongs to when its own titles name none: the folder it was dropped in
     * ({@code kecamatan-sumber-harta} gives {@code Kecamatan Sumber Harta}), else the file name.
     */
    public String agencyHint() {
        String base = folder.isEmpty() ? stem(path.getFileName().toString()) : folder;
        StringBuilder sb = new StringBuilder();
        for (String word : base.split("[-_\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
