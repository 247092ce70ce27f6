package id.saring.report;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.layout.TableHeader;
import id.saring.model.Finding;
import id.saring.model.Severity;
import java.util.Collections;
import java.util.List;

/** Everything a run produced, in input order. */
public record RunResult(List<InputStatus> inputs, List<TableHeader> tables, List<CapaianResult> capaian,
        List<BudgetResult> budget, List<Finding> findings) {

    public RunResult {
        inputs = List.copyOf(inputs);
        tables = List.copyOf(tables);
        // the records may be a Concatenation of lists that live on disk: not copied
        capaian = Collections.unmodifiableList(capaian);
        budget = Collections.unmodifiableList(budget);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public int tableCount() {
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
