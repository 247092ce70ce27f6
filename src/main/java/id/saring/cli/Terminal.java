package id.saring.cli;

import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Severity;
import id.saring.report.MessageCatalog;
import id.saring.report.RunResult;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** What a run tells the planner on the terminal: a short summary, and for {@code check} every finding. */
final class Terminal {

    private final MessageCatalog messages;
    private final PrintWriter out;

    Terminal(MessageCatalog messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void summary(RunResult result) {
        out.println(messages.render("summary.done", result.inputs().size(),
                result.inputs().size() - result.unreadable(), result.unreadable(), result.tableCount(),
                result.capaian().size(), result.budget().size()));
        findingCounts(result);
    }

    void findingCounts(RunResult result) {
        if (result.findings().isEmpty()) {
            out.println(messages.render("summary.none"));
            return;
        }
        out.println(messages.render("summary.findings", result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO)));
        Map<String, Integer> byCategory = new TreeMap<>();
        for (Finding f : result.findings()) {
            byCategory.merge(f.category().code(), 1, Integer::sum);
        }
        byCategory.forEach((category, n) -> out.println("  " + messages.render("summary.by-category", category, n)));
    }

    void outputs(String folder, String files) {
        out.println(messages.render("summary.outputs", folder, files));
    }

    /** One line per finding: where, how severe, what. */
    void finding(Finding f) {
        Location l = f.location();
        StringBuilder where = new StringBuilder(l.file());
        if (!l.sheet().isEmpty()) {
            where.append(" [").append(l.sheet()).append(']');
        }
        if (!l.cell().isEmpty()) {
            where.append(' ').append(l.cell());
        } else if (l.row() > 0) {
            where.append(" #").append(l.row());
        }
        out.println(where + "  " + messages.render("severity." + f.severity().code()) + "  "
                + f.category().code() + "  " + messages.render(f.message()));
    }

    void flush() {
        out.flush();
    }
}
