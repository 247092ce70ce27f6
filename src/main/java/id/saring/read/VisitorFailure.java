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
}
