package id.saring.cli;

import id.saring.model.Severity;
import id.saring.report.RunResult;

/** The least severe finding that makes a run exit with 1. */
enum FailOn {
    error,
    warning,
    never;

    int exitCode(RunResult result) {
        return switch (this) {
            case error -> result.hasFindingAtLeast(Severity.ERROR) ? 1 : 0;
            case warning -> result.hasFindingAtLeast(Severity.WARNING) ? 1 : 0;
            case never -> 0;
        };
    }
}
