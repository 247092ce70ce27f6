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

    /** Writes a copy of the bundled {@code file} into the folder {@code aturan} with one piece of text replaced. */
    private Path brokenCopy(String file, String from, String to) throws IOException {
        String text = Files.readString(Path.of("rules").resolve(file));
        assertThat(text).as("the bundled %s holds the text to replace", file).contains(from);
        Path copy = temp.resolve("aturan").resolve(file);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, text.replace(from, to));
        return copy;
    }

    /** {@code saring rules check aturan}: exit 2 and {@code problem} as the only problem. */
    private void assertRejected(String problem) {
        Run run = saring("rules", "check", temp.resolve("aturan").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("saring: Invalid rule files; nothing was processed:",
                "  " + problem);
    }

    @Test
    void anAliasUnderTwoFieldsOfColumnsIsRejected() throws IOException {
        Path columns = brokenCopy("columns.yaml", "    - real\n", "    - real\n    - Rencana.\n");

        assertRejected(columns + ":45: field 'realisasi': alias 'Rencana.' is already an alias of field 'target' "
                + "(as 'rencana')");
    }

    @Test
    void anAliasOfTwoIndicatorsIsRejected() throws IOException {
        Path indicators = brokenCopy("indicators.yaml", "aliases: [angka kematian ibu, aki]",
                "aliases: [angka kematian ibu, aki, akb]");

        String text = Files.readString(indicators);
        long line = text.substring(0, text.indexOf("aliases: [angka kematian ibu")).chars().filter(c -> c == '\n')
                .count() + 1;
        assertRejected(indicators + ":" + line + ": indicator 'Angka Kematian Ibu': alias 'akb' is already an alias"
                + " of indicator 'Angka Kematian Bayi'");
    }

    @Test
    void bandsThatLeaveAGapInScalesAreRejected() throws IOException {
        Path scales = brokenCopy("scales.yaml", "{label: Tinggi, from: 76, below: 91}",
                "{label: Tinggi, from: 76, to: 90}");

        assertRejected(scales + ":14: scale 'capaian-permendagri-86-2017': bands 'Sangat Tinggi' and 'Tinggi' "
                + "leave a gap on (90, 91)");
    }

    @Test
    void bandsThatOverlapInScalesAreRejected() throws IOException {
        Path scales = brokenCopy("scales.yaml", "{label: Cukup, above: 55, to: 75}",
                "{label: Cukup, above: 55, to: 80}");

        assertRejected(scales + ":35: scale 'capaian-kab-muara-enim': bands 'Baik' and 'Cukup' overlap on (75, 80]");
    }

    @Test
    void anUnknownCategoryInChecksIsRejected() throws IOException {
        Path checks = brokenCopy("checks.yaml", "  budget-overrun: error", "  budget-overun: error");

        assertRejected(checks + ":43: severity: unknown category 'budget-overun'");
    }

    @Test
    void aBudgetPatternThatDoesNotCompileIsRejected() throws IOException {
        Path budget = brokenCopy("budget.yaml", "{pattern: \"^kegiatan\\\\b\"", "{pattern: \"^kegiatan\\\\b)\"");

        assertRejected(budget + ":23: pattern '^kegiatan\\b)' does not compile: Unmatched closing ')'");
    }

    @Test
    void aProfileWhosePredicateScaleIsAGradesScaleIsRejected() throws IOException {
        Path profile = brokenCopy("profiles/kab-muara-enim.yaml", "predicate_scale: capaian-kab-muara-enim",
                "predicate_scale: sakip-permenpanrb-88-2021");

        assertRejected(profile + ":6: capaian.predicate_scale: no bands scale 'sakip-permenpanrb-88-2021' in "
                + "scales.yaml");
    }

    @Test
    void aRunWithABrokenRuleFileProcessesNothing() throws IOException {
        Path scales = brokenCopy("scales.yaml", "{label: Baik, above: 80, below: 90}",
                "{label: Baik, from: 80, below: 90}");

        Run run = saring("check", "input-samples/kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx",
                "--rules", temp.resolve("aturan").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("saring: Invalid rule files; nothing was processed:",
                "  " + scales + ":25: scale 'capaian-kec-semende-darat-tengah': bands 'Baik' and 'Cukup' "
                        + "overlap at 80");
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() {
        Run run = saring("rules", "check", temp.resolve("tidak-ada").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: folder aturan tidak ditemukan: " + temp.resolve("tidak-ada"));
    }
}
