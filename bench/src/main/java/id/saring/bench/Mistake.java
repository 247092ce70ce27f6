package id.saring.bench;

/**
 * A mistake the generator put into a workbook on purpose, where a person would open it: the workbook's path
 * relative to the generated folder, the sheet and the cell. The generator lists them in a manifest beside the
 * folder, so that a run of saring can be compared with what it should find.
 */
record Mistake(String file, String sheet, String cell, Kind kind, String detail) {

    /** The mistakes of {@code domain.md} ("What goes wrong in real tables") that the generator makes. */
    enum Kind {
        /** A stated capaian that is not realisasi / target (003: IKM 79,35 / 84 shown as 94,05 %). */
        CAPAIAN_MISMATCH,
        /** A grade letter typed where the indicator's number belongs. */
        GRADE_IN_NUMBER,
        /** A sub-kegiatan amount changed after its kegiatan was summed (004 Tabel 3.4.1: a total missing a line). */
        SUM_MISMATCH,
        /** A serapan that is not realisasi / pagu. */
        SERAPAN_MISMATCH,
        /** An amount written the English way ({@code 1,234,567.00}) inside an Indonesian table (000 l.3120). */
        ENGLISH_NUMBER
    }

    String csvLine() {
        return String.join(",", quote(file), quote(sheet), cell, kind.name().toLowerCase().replace('_', '-'),
                quote(detail));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
