package id.saring.report;

import id.saring.model.Finding;
import id.saring.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every finding an annotated copy shows on one cell, in the order of the run's findings.
 *
 * @param findings at least one
 */
record CellNote(List<Finding> findings) {

    CellNote {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a note on a cell needs a finding");
        }
        findings = List.copyOf(findings);
    }

    /** A note of this one more finding. */
    CellNote with(Finding finding) {
        List<Finding> more = new ArrayList<>(findings);
        more.add(finding);
        return new CellNote(more);
    }

    /** The most severe of its findings: the one the cell's fill shows. */
    Severity severity() {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
    }

    /** One line a finding, {@code category: message}, in the language of {@code messages}. */
    String text(MessageCatalog messages) {
        return findings.stream()
                .map(f -> f.category().code() + ": " + messages.render(f.message()))
                .collect(Collectors.joining("\n"));
    }
}
