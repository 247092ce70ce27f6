package id.saring.report;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.model.Finding;
import id.saring.model.Severity;
import java.util.List;

/** Everything a run produced, in input order. */
public record RunResult(List<InputStatus> inputs, List<CapaianResult> capaian, List<BudgetResult> budget,
        List<Finding> findings) {

    public RunResult {
        inputs = List.copyOf(inputs);
        capaian = List.copyOf(capaian);
        budget = List.copyOf(budget);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public int tables() {
        return inputs.stream().mapToInt(InputStatus::tables).sum();
    }

    public long unreadable() {
        return inputs.stream().filter(i -> !i.readable()).count();
    }

    /** True when some finding is at least as severe as {@code threshold}. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
