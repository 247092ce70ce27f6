package id.saring.cli;

import static id.saring.cli.MainTest.saring;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saring rules check [DIR]}: the rule files verified before a run depends on them. */
class RulesCommandTest {

    @TempDir
    Path temp;

    @Test
    void theBundledRulesAreValidAndSayWhatTheyHold() {
        Run run = saring("rules", "check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Aturan valid (").contains(" skala, 2 profil (kab-muara-enim, "
                + "kec-semende-darat-tengah).");
    }

    @Test
    void aBrokenFileOfTheUsersFolderIsReportedAtItsLineAndExitsTwo() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("aturan"));
        Path checks = folder.resolve("checks.yaml");
        Files.writeString(checks, Files.readString(Path.of("rules/checks.yaml"))
                .replace("  inverse_formula: regulation", "  inverse_formula: rasio"));

        Run run = saring("rules", "check", folder.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: Invalid rule files; nothing was processed:",
                "  " + checks + ":7: capaian.inverse_formula: unknown formula 'rasio' (regulation, ratio)");
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() {
        Run run = saring("rules", "check", temp.resolve("tidak-ada").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: folder aturan tidak ditemukan: " + temp.resolve("tidak-ada"));
    }
}
