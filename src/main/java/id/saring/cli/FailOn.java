package id.saring.cli;

import id.saring.model.Severity;
import id.saring.report.RunResult;

/** The least severe finding that makes a run exit with 1. */
enum FailOn {
    error,
    warning,
    never;

    int exitCode(RunResult result) {
        return exitCode(result.count(Severity.ERROR), result.count(Severity.WARNING));
    }

    /** The exit code of a run with {@code errors} errors and {@code warnings} warnings. */
    int exitCode(long errors, long warnings) {
        return switch (this) {
            case error -> errors > 0 ? 1 : 0;
            case warning -> errors + warnings > 0 ? 1 : 0;
            case never -> 0;
        };
    }
}
