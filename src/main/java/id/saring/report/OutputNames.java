package id.saring.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of outputs made from input names (the annotated copies): always a path inside the output folder,
 * valid on Windows as on Linux, and each used once. An input's name comes from the sender's disk (an e-mail
 * attachment, a flash drive, a web export), so it may hold {@code ..}, start at the root ({@code /etc/…},
 * {@code C:\…}), use a name Windows reserves ({@code CON}, {@code aux.csv}, {@code LPT1.xlsx}), or characters
 * Windows refuses ({@code :}, {@code *}, {@code ?}).
 *
 * <p>Each folder and file name of the input's path is kept where it is harmless, so a planner recognises the
 * copy: {@code ..} and {@code .} become {@code _}, a leading root is dropped, a refused character becomes
 * {@code _}, trailing dots and spaces (which Windows drops) are removed, a reserved name gets a leading {@code _}.
 * Names that become the same, compared without case as Windows does, are told apart by {@code (2)}, {@code (3)}.
 */
final class OutputNames {

    /** Characters Windows refuses in a file name, and control characters. */
    private static final Pattern REFUSED = Pattern.compile("[<>:\"|?*\\x00-\\x1f]");
    /** Device names Windows reserves, with or without an extension. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");
    /** Longer names are cut (keeping their end, where the extension is): file systems allow 255 bytes. */
    private static final int MAX_SEGMENT = 120;

    private final Set<String> taken = new HashSet<>();

    /** A safe, unused path under {@code folder} ({@code annotated/}) for the output named after {@code name}. */
    String of(String folder, String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("[/\\\\]")) {
            if (!segment.isEmpty()) {
                segments.add(safe(segment));
            }
        }
        if (segments.isEmpty()) {
            segments.add("_");
        }
        String path = folder + String.join("/", segments);
        String unique = path;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            int slash = path.lastIndexOf('/');
            int dot = path.indexOf('.', slash + 1);
            unique = dot < 0 ? path + " (" + n + ")" : path.substring(0, dot) + " (" + n + ")" + path.substring(dot);
        }
        return unique;
    }

    private static String safe(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return "_";
        }
        String s = REFUSED.matcher(segment).replaceAll("_").replaceAll("[. ]+$", "");
        if (s.isEmpty()) {
            return "_";
        }
        if (RESERVED.matcher(s).matches()) {
            s = "_" + s;
        }
        return s.length() > MAX_SEGMENT ? s.substring(s.length() - MAX_SEGMENT) : s;
    }
}
