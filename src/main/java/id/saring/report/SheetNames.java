package id.saring.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Gives the sheets of one workbook names Excel accepts: at most 31 characters, none of {@code []:*?/\}, no
 * apostrophe at either end, not empty, and no two alike. Excel compares sheet names without regard to case, so
 * {@code IKU} and {@code iku} are alike and the second becomes {@code iku (2)}.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** An unused name as close to {@code wanted} as Excel allows; {@code fallback} when nothing of it is left. */
    String name(String wanted, String fallback) {
        // POI names a blank sheet "empty": the fallback says more
        String safe = wanted.isBlank() ? "" : WorkbookUtil.createSafeSheetName(wanted.strip(), '_').strip();
        String base = safe.isEmpty() ? fallback : safe;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }
}
