package id.saring.report;

import id.saring.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The annotated copy of one input: where it lies under the output folder and what its sheets are called, so
 * that every other output can link a finding to its cell there.
 *
 * @param input  the input's name as the findings give it ({@code pemkab-muara-enim/iku-2023.xlsx})
 * @param path   the copy's path relative to the output folder, {@code /} between folders
 *               ({@code annotated/pemkab-muara-enim/iku-2023.xlsx}, {@code annotated/realisasi.csv.xlsx})
 * @param sheets the copy's sheet name of each of the input's sheet names, in the input's order; a CSV's single
 *               table (sheet {@code ""}) gets a sheet of its own name
 */
public record AnnotatedCopy(String input, String path, Map<String, String> sheets) {

    public AnnotatedCopy {
        // kept in order: a finding about the whole file points at the first sheet
        sheets = Collections.unmodifiableMap(new LinkedHashMap<>(sheets));
    }

    /**
     * A link from a file in the output folder to the place of {@code location} in the copy:
     * {@code annotated/iku-2023.xlsx#'IKU 2023'!G14}. A finding about a whole row points at its first cell, one
     * about a sheet or file at the sheet's first cell.
     */
    public String link(Location location) {
        return path + "#" + place(location);
    }

    /** The sheet and cell of {@code location} in the copy: {@code 'IKU 2023'!G14}. */
    public String place(Location location) {
        String sheet = sheets.getOrDefault(location.sheet(), sheets.values().stream().findFirst().orElse(""));
        String cell = !location.cell().isEmpty() ? location.cell()
                : location.row() > 0 ? "A" + location.row() : "A1";
        return "'" + sheet.replace("'", "''") + "'!" + cell;
    }
}
