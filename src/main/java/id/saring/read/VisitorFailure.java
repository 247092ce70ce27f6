package id.saring.read;

/**
 * Carries a failure of the code a reader calls back out through the reader unchanged, so that a bug
 * in a later stage is never mistaken for an unreadable file.
 */
final class VisitorFailure extends RuntimeException {

    VisitorFailure(RuntimeException cause) {
        super(cause);
    }

    RuntimeException unwrap() {
        return (RuntimeException) getCause();
    }

    /** Calls the visitor; what it throws comes out of the reader unchanged, via {@link #unwrap()}. */
    static void call(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }
}
