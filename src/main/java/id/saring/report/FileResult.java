package id.saring.report;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.layout.TableHeader;
import id.saring.model.Finding;
import java.util.Collections;
import java.util.List;

/**
 * What one input produced on its own, before it is compared with the other inputs: the unit that is processed in
 * parallel and kept in the cache.
 *
 * @param capaianTables for each capaian record, the index in {@code tables} of the table it was read from
 * @param findings      the file's findings in reading order (sheet, row, column)
 */
public record FileResult(InputStatus input, List<TableHeader> tables, List<CapaianResult> capaian,
        List<Integer> capaianTables, List<BudgetResult> budget, List<Finding> findings) {

    public FileResult {
        tables = List.copyOf(tables);
        // the records may be a RecordSpill that lives on disk: not copied
        capaian = Collections.unmodifiableList(capaian);
        capaianTables = List.copyOf(capaianTables);
        budget = Collections.unmodifiableList(budget);
        findings = List.copyOf(findings);
        if (capaian.size() != capaianTables.size()) {
            throw new IllegalArgumentException("a table for each capaian record");
        }
    }

    /** Capaian records and budget lines. */
    public int records() {
        return capaian.size() + budget.size();
    }
}
