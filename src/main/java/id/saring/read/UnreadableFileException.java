package id.saring.read;

/** The input cannot be read at all, or stops being readable part way; {@link #problem()} says why. */
public final class UnreadableFileException extends Exception {

    /** Why a file cannot be read; each has a message for the planner in every language. */
    public enum Problem {
        EMPTY,
        CORRUPT,
        ENCRYPTED,
        UNSUPPORTED_FORMAT,
        UNREADABLE_TEXT
    }

    private final Problem problem;
    private final String detail;

    public UnreadableFileException(Problem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
        this.detail = detail;
    }

    public UnreadableFileException(Problem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** What the library or the bytes said, for the technically minded; may be empty. */
    public String detail() {
        return detail;
    }
}
