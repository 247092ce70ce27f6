package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.cache.Fingerprint;
import id.saring.cache.ResultCache;
import id.saring.read.InputFile;
import id.saring.read.InputFiles;
import id.saring.report.FileResult;
import id.saring.report.InputStatus;
import id.saring.report.RunResult;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs processed in parallel give what a serial run gives, byte for byte; an unchanged input (same content,
 * same name, same rules) is taken from the cache instead of being read again, and what comes from the cache is
 * what reading it gives.
 */
class IncrementalRunTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Path RULES = Path.of("rules");

    @TempDir
    static Path temp;

    private static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = new RuleLoader().load(RULES, Optional.empty());
    }

    @Test
    void parallelAndSerialRunsGiveByteIdenticalOutputs() throws Exception {
        Path serial = temp.resolve("serial");
        Path parallel = temp.resolve("parallel");
        assertThat(run("--jobs", "1", "--no-cache", "--out", serial.toString())).isEqualTo(1);
        assertThat(run("--jobs", "4", "--no-cache", "--out", parallel.toString())).isEqualTo(1);
        assertThat(withoutTimestamp(parallel.resolve("anomalies.json")))
                .isEqualTo(withoutTimestamp(serial.resolve("anomalies.json")))
                .contains("\"error\" : 74");
        for (String csv : List.of("anomalies.csv", "capaian.csv", "anggaran.csv", "tables.csv")) {
            assertThat(Files.readAllBytes(parallel.resolve(csv))).as(csv)
                    .isEqualTo(Files.readAllBytes(serial.resolve(csv)));
        }
        assertThat(serial.resolve(".saring/cache")).as("--no-cache keeps no cache").doesNotExist();
    }

    @Test
    void aRunFromTheCacheWritesWhatAFullRunWrites() throws Exception {
        Path full = temp.resolve("full");
        Path cached = temp.resolve("cached");
        assertThat(run("--no-cache", "--out", full.toString())).isEqualTo(1);
        assertThat(run("--out", cached.toString())).isEqualTo(1);
        try (Stream<Path> entries = Files.list(cached.resolve(".saring/cache"))) {
            assertThat(entries.count()).as("one entry per input").isEqualTo(24);
        }
        // without its outputs the folder is not up to date: this run writes them from the cache alone
        try (Stream<Path> outputs = Files.list(cached)) {
            for (Path output : outputs.filter(p -> !p.getFileName().toString().equals(".saring")).toList()) {
                if (Files.isRegularFile(output)) {
                    Files.delete(output);
                }
            }
        }
        assertThat(run("--out", cached.toString())).isEqualTo(1);
        assertThat(withoutTimestamp(cached.resolve("anomalies.json")))
                .isEqualTo(withoutTimestamp(full.resolve("anomalies.json")));
        for (String csv : List.of("anomalies.csv", "capaian.csv", "anggaran.csv", "tables.csv")) {
            assertThat(Files.readAllBytes(cached.resolve(csv))).as(csv)
                    .isEqualTo(Files.readAllBytes(full.resolve(csv)));
        }
    }

    @Test
    void anUnchangedRerunWritesNothingAndSaysSo() throws Exception {
        Path out = temp.resolve("rerun");
        Terminal first = runWithTerminal("--out", out.toString());
        assertThat(first.exitCode).isEqualTo(1);
        String json = Files.readString(out.resolve("anomalies.json"));
        long written = Files.getLastModifiedTime(out.resolve("consolidated.xlsx")).toMillis();

        Terminal again = runWithTerminal("--out", out.toString());
        assertThat(again.exitCode).isEqualTo(1);
        String summary = first.text.substring(0, first.text.indexOf("Keluaran ditulis ke"));
        assertThat(again.text).isEqualTo(summary + "Tidak ada yang berubah sejak run sebelumnya; keluaran di " + out
                + " tetap berlaku." + System.lineSeparator());
        assertThat(Files.readString(out.resolve("anomalies.json"))).as("not written again").isEqualTo(json);
        assertThat(Files.getLastModifiedTime(out.resolve("consolidated.xlsx")).toMillis()).isEqualTo(written);
        assertThat(runWithTerminal("--out", out.toString(), "--fail-on", "never").exitCode).isZero();

        // an output someone deleted, another language or a changed input: the outputs are written again
        Files.delete(out.resolve("report.html"));
        assertThat(runWithTerminal("--out", out.toString()).text).contains("Keluaran ditulis ke " + out);
        assertThat(out.resolve("report.html")).exists();
        assertThat(runWithTerminal("--out", out.toString(), "--lang", "en").text)
                .contains("Outputs written to " + out);
        assertThat(runWithTerminal("--out", out.toString(), "--lang", "en").text)
                .contains("Nothing changed since the last run");
        assertThat(runWithTerminal("--out", out.toString()).text).contains("Keluaran ditulis ke " + out);
    }

    @Test
    void anInputThatCannotBeReadGivesTheRunAKeyNotAFailure() throws Exception {
        // a file gone (or locked) between the listing and the run: the run reports it, it does not stop
        InputFile gone = new InputFile(temp.resolve("hilang/iku-2023.xlsx"), "iku-2023.xlsx", "");
        String key = LastRun.key(List.of(gone), List.of(temp), "rules", "lang id");
        assertThat(key).hasSize(64).isEqualTo(LastRun.key(List.of(gone), List.of(temp), "rules", "lang id"))
                .isNotEqualTo(LastRun.key(List.of(gone), List.of(temp), "rules", "lang en"));
    }

    @Test
    void everyResultReadBackFromTheCacheEqualsTheResultOfReadingTheInput() throws Exception {
        List<InputFile> files = InputFiles.of(List.of(SAMPLES), Optional.empty());
        ResultCache cache = ResultCache.in(temp.resolve("equal"));
        Counting first = new Counting();
        RunResult fresh = new Pipeline(rules, 2, cache, first).run(files, settings(files, "rules-a"));
        Counting second = new Counting();
        RunResult again = new Pipeline(rules, 2, cache, second).run(files, settings(files, "rules-a"));
        assertThat(first.cached).isZero();
        assertThat(first.read).isEqualTo(24);
        assertThat(second.cached).isEqualTo(24);
        assertThat(second.read).isZero();
        assertThat(again).isEqualTo(fresh);
        assertThat(again.budget()).hasSize(205);
        assertThat(again.capaian()).hasSize(226);
        assertThat(again.findings()).hasSize(130);
    }

    @Test
    void onlyAChangedInputIsReadAgain() throws Exception {
        Path inbox = copyOfSamples("changed");
        List<InputFile> files = InputFiles.of(List.of(inbox), Optional.empty());
        ResultCache cache = ResultCache.in(temp.resolve("changed-out"));
        new Pipeline(rules, 2, cache, new Counting()).run(files, settings(files, "rules-a"));
        Path csv = inbox.resolve("pemkab-muara-enim/lra-2023.csv");
        Files.writeString(csv, "\n", StandardOpenOption.APPEND);
        Counting second = new Counting();
        new Pipeline(rules, 2, cache, second).run(files, settings(files, "rules-a"));
        assertThat(second.read).isEqualTo(1);
        assertThat(second.readNames).containsExactly("pemkab-muara-enim/lra-2023.csv");
        assertThat(second.cached).isEqualTo(23);
    }

    @Test
    void changedRulesReadEveryInputAgain() throws Exception {
        List<InputFile> files = InputFiles.of(List.of(SAMPLES), Optional.empty());
        ResultCache cache = ResultCache.in(temp.resolve("rules-out"));
        new Pipeline(rules, 2, cache, new Counting()).run(files, settings(files, "rules-a"));
        Counting second = new Counting();
        new Pipeline(rules, 2, cache, second).run(files, settings(files, "rules-b"));
        assertThat(second.cached).isZero();
        assertThat(second.read).isEqualTo(24);
    }

    @Test
    void aChangedRuleFileChangesTheFingerprint() throws Exception {
        Path folder = temp.resolve("user-rules");
        Files.createDirectories(folder);
        Files.copy(RULES.resolve("checks.yaml"), folder.resolve("checks.yaml"));
        String before = Fingerprint.of(List.of(RULES, folder), "1");
        assertThat(Fingerprint.of(List.of(RULES, folder), "1")).isEqualTo(before);
        Files.writeString(folder.resolve("checks.yaml"), "\n", StandardOpenOption.APPEND);
        String edited = Fingerprint.of(List.of(RULES, folder), "1");
        assertThat(edited).isNotEqualTo(before);
        Files.writeString(folder.resolve("notes.txt"), "x");
        assertThat(Fingerprint.of(List.of(RULES, folder), "1")).isNotEqualTo(edited);
        assertThat(Fingerprint.of(List.of(RULES, folder), "2")).isNotEqualTo(Fingerprint.of(List.of(RULES, folder), "1"));
    }

    @Test
    void theReadingNotesWhichInputsHoldTextThatCouldRunAsAFormula() throws Exception {
        // what the annotated copies need to know: a workbook without findings and without such text is copied as
        // it is, with no second reading of it
        List<InputFile> files = InputFiles.of(List.of(SAMPLES), Optional.empty());
        RunResult result = new Pipeline(rules, 2, ResultCache.none(), new Counting()).run(files,
                settings(files, "rules-a"));

        // its funding lines are bullets: "- APBD = Rp …", "- APBN = Rp …"
        assertThat(result.inputs().stream().filter(i -> i.readable() && i.formulaLikeText()).map(InputStatus::file))
                .containsExactly("setda-bengkulu-selatan/perjanjian-kinerja-2023.xlsx");
        // an input that could not be read counts as holding such text: nothing is known of it
        assertThat(result.inputs().stream().filter(i -> !i.readable()).map(InputStatus::formulaLikeText))
                .containsExactly(true);
    }

    @Test
    void aDamagedCacheEntryIsReadAsMissing() throws Exception {
        List<InputFile> files = InputFiles.of(List.of(SAMPLES), Optional.empty());
        Path out = temp.resolve("damaged-out");
        ResultCache cache = ResultCache.in(out);
        RunResult fresh = new Pipeline(rules, 1, cache, new Counting()).run(files, settings(files, "rules-a"));
        try (Stream<Path> entries = Files.list(out.resolve(".saring/cache"))) {
            for (Path entry : entries.toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        Counting second = new Counting();
        RunResult again = new Pipeline(rules, 1, ResultCache.in(out), second).run(files, settings(files, "rules-a"));
        assertThat(second.cached).isZero();
        assertThat(again).isEqualTo(fresh);
    }

    private static FolderSettings settings(List<InputFile> files, String fingerprint) throws Exception {
        return FolderSettings.of(rules, Optional.empty(), files, fingerprint);
    }

    private static Path copyOfSamples(String name) throws IOException {
        Path copy = temp.resolve(name);
        try (Stream<Path> all = Files.walk(SAMPLES)) {
            for (Path p : all.toList()) {
                Path target = copy.resolve(SAMPLES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    private static int run(String... options) {
        List<String> args = new ArrayList<>(List.of("run", SAMPLES.toString()));
        args.addAll(List.of(options));
        return Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
    }

    /** The exit code and what the terminal said. */
    private record Terminal(int exitCode, String text) {
    }

    private static Terminal runWithTerminal(String... options) {
        List<String> args = new ArrayList<>(List.of("run", SAMPLES.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        return new Terminal(code, out.toString(StandardCharsets.UTF_8));
    }

    private static String withoutTimestamp(Path json) throws IOException {
        return Files.readString(json, StandardCharsets.UTF_8).replaceFirst("\"generated\" : \"[^\"]*\"", "");
    }

    /** Counts the inputs read and those taken from the cache. */
    private static final class Counting implements Pipeline.Progress {
        int read;
        int cached;
        final List<String> readNames = new ArrayList<>();

        @Override
        public synchronized void done(FileResult result, boolean fromCache) {
            if (fromCache) {
                cached++;
            } else {
                read++;
                readNames.add(result.input().file());
            }
        }
    }
}
