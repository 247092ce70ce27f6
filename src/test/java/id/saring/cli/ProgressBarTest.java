package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.check.BudgetResult;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.model.Stated;
import id.saring.report.FileResult;
import id.saring.report.InputStatus;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private long now;

    @Test
    void withoutATerminalAPlainLineIsWrittenAtEachTenthOfTheFiles() {
        ProgressBar progress = bar(false, Language.ID);
        progress.started(20);
        for (int i = 0; i < 20; i++) {
            now += SECOND;
            progress.done(file(1), false);
        }
        progress.finished();
        String[] lines = text.toString().split(System.lineSeparator());
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("saring: 2/20 berkas, 2 rekaman, 2 temuan, sisa 0:18");
        assertThat(lines[9]).isEqualTo("saring: 20/20 berkas, 20 rekaman, 20 temuan, sisa 0:00");
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndClearedAtTheEnd() {
        ProgressBar progress = bar(true, Language.EN);
        progress.started(8);
        now += 3 * SECOND;
        progress.done(file(1500), true);
        now += 3 * SECOND;
        progress.done(file(1500), false);
        String drawn = text.toString();
        assertThat(drawn).isEqualTo("\r[###---------------------] 1/8 files, 1,500 records, 1 findings, 0:21 left"
                + "\r[######------------------] 2/8 files, 3,000 records, 2 findings, 0:18 left");
        progress.finished();
        assertThat(text.toString()).endsWith("\r" + " ".repeat(74) + "\r");
        assertThat(text.toString()).doesNotContain(System.lineSeparator());
    }

    @Test
    void aBarIsRedrawnAtMostTenTimesASecond() {
        ProgressBar progress = bar(true, Language.EN);
        progress.started(100);
        for (int i = 0; i < 50; i++) {
            now += SECOND / 100;
            progress.done(file(1), false);
        }
        assertThat(text.toString().chars().filter(c -> c == '\r').count()).isEqualTo(5);
    }

    @Test
    void aRunOfAFewFilesShowsNothing() {
        ProgressBar progress = bar(true, Language.ID);
        progress.started(ProgressBar.FEW);
        for (int i = 0; i < ProgressBar.FEW; i++) {
            now += SECOND;
            progress.done(file(3), false);
        }
        progress.finished();
        assertThat(text.toString()).isEmpty();
    }

    private ProgressBar bar(boolean terminal, Language language) {
        return new ProgressBar(new MessageCatalog(language), new PrintWriter(text), terminal, () -> now);
    }

    /** A file's result with {@code records} budget lines and one finding. */
    private static FileResult file(int records) {
        BudgetLine line = new BudgetLine(new Location("a.csv", "", 2, -1), "", "", BudgetLevel.UNKNOWN, "", "Belanja",
                false, Stated.absent(), Stated.absent(), Stated.absent(), List.of());
        BudgetResult budget = new BudgetResult(line, BudgetLevel.UNKNOWN, Optional.empty(), Optional.empty());
        Finding finding = new Finding(Location.ofFile("a.csv"), Category.NO_TABLE, "table.none", Severity.WARNING,
                Message.of("x"), "", "");
        return new FileResult(new InputStatus("a.csv", Path.of("a.csv"), "", true, 1), List.of(), List.of(),
                List.of(), Collections.nCopies(records, budget), List.of(finding));
    }
}
