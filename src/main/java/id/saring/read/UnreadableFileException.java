package id.saring.read;

import java.util.List;

/** The input cannot be read at all, or stops being readable part way; {@link #problem()} says why. */
public final class UnreadableFileException extends Exception {

    /**
     * Why a file cannot be read; each has a message for the planner in every language
     * ({@code file.unreadable.<problem>}), which names the {@link #arguments()}.
     */
    public enum Problem {
        EMPTY,
        CORRUPT,
        ENCRYPTED,
        UNSUPPORTED_FORMAT,
        UNREADABLE_TEXT,
        /** A zip package (xlsx, ods) of more parts than any workbook has. */
        TOO_MANY_PARTS,
        /** One part of a zip package unpacks beyond the size a part may have. */
        PART_TOO_LARGE,
        /** The parts of a zip package together unpack beyond the size a package may have. */
        PACKAGE_TOO_LARGE,
        /** A part unpacks to many times its packed size: a zip bomb. */
        COMPRESSION_RATIO,
        /** A part unpacks to more than the size the package states for it. */
        SIZE_MISSTATED,
        /** An xlsx's shared strings, which a reader holds whole in memory, are too large. */
        SHARED_STRINGS_TOO_LARGE,
        /** An XML part declares an entity or a DTD outside itself (XXE). */
        XML_EXTERNAL_ENTITY,
        /** An XML part declares entities, which can expand without bound ("billion laughs"). */
        XML_ENTITIES,
        /** An XML part has a document type declaration, which no spreadsheet program writes. */
        XML_DOCTYPE,
        /** A sheet repeats filled cells into more copies than a table can hold. */
        TOO_MANY_CELLS,
        /** An HTML page too large to hold as a document tree. */
        PAGE_TOO_LARGE,
        /** A record of delimited text too long to hold in memory. */
        RECORD_TOO_LONG
    }

    private final Problem problem;
    private final String detail;
    private final List<Object> arguments;

    public UnreadableFileException(Problem problem, String detail) {
        this(problem, detail, List.of(detail), null);
    }

    public UnreadableFileException(Problem problem, String detail, Throwable cause) {
        this(problem, detail, List.of(detail), cause);
    }

    /**
     * @param arguments what the problem's message names, in its order: strings and
     *                  {@link java.math.BigDecimal} numbers
     */
    public UnreadableFileException(Problem problem, String detail, List<Object> arguments) {
        this(problem, detail, arguments, null);
    }

    private UnreadableFileException(Problem problem, String detail, List<Object> arguments, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
        this.detail = detail;
        this.arguments = List.copyOf(arguments);
    }

    public Problem problem() {
        return problem;
    }

    /** What the library or the bytes said, for the technically minded; may be empty. */
    public String detail() {
        return detail;
    }

    /** What the problem's message names: the {@link #detail()} unless the problem has arguments of its own. */
    public List<Object> arguments() {
        return arguments;
    }
}
