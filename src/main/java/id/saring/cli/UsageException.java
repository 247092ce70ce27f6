package id.saring.cli;

/** The command line asks for something that cannot be done; nothing is processed (exit code 2). */
final class UsageException extends Exception {

    private final String key;
    private final transient Object[] args;

    UsageException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
