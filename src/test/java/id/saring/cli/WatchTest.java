package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.report.FileResult;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import id.saring.report.ReportWriter;
import id.saring.report.RunResult;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saring watch}: a file still being written is not read; files dropped at once are read once each; a
 * restart reads nothing that has not changed; Ctrl-C stops it with the outputs whole.
 */
class WatchTest {

    private static final Path IKU = Path.of("input-samples/kecamatan-sumber-harta/iku-2023.csv");
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path temp;

    private static RuleSet rules;

    private final Map<String, Integer> reads = new ConcurrentHashMap<>();
    private final List<RunResult> batches = new ArrayList<>();
    private final List<Long> batchTimes = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();
    private long now;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = new RuleLoader().load(Path.of("rules"), Optional.empty());
    }

    @Test
    void aFileWrittenSlowlyInChunksIsReadOnlyOnceItIsComplete() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Watcher watcher = watcher(inbox, temp.resolve("out"), SECOND / 2, System::nanoTime);
        byte[] content = Files.readAllBytes(IKU);
        Path file = inbox.resolve("iku-2023.csv");
        AtomicBoolean writing = new AtomicBoolean(true);
        long[] completed = new long[1];
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                int chunk = content.length / 8 + 1;
                for (int from = 0; from < content.length; from += chunk) {
                    out.write(Arrays.copyOfRange(content, from, Math.min(content.length, from + chunk)));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            completed[0] = System.nanoTime();
            writing.set(false);
        });
        writer.start();
        pollUntil(watcher, () -> !writing.get() && !batches.isEmpty(), 20);
        writer.join();
        pollTimes(watcher, 5);
        assertThat(batches).hasSize(1);
        assertThat(batchTimes.get(0)).as("read after the last chunk").isGreaterThan(completed[0]);
        assertThat(reads).containsExactly(Map.entry("iku-2023.csv", 1));
        RunResult result = batches.get(0);
        assertThat(result.capaian()).as("every row of the complete file").hasSize(7);
        assertThat(result.unreadable()).isZero();
        assertThat(Files.readString(temp.resolve("out/capaian.csv"))).contains("Sumber Harta");
    }

    @Test
    void aHundredFilesDroppedAtOnceAreEachReadExactlyOnce() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Watcher watcher = watcher(inbox, temp.resolve("out"), SECOND / 2, System::nanoTime);
        watcher.poll();
        Thread dropping = new Thread(() -> {
            try {
                for (int i = 1; i <= 100; i++) {
                    Path unit = Files.createDirectories(inbox.resolve(String.format("kecamatan-%03d", i)));
                    Files.copy(IKU, unit.resolve("iku-2023.csv"));
                }
                // what Excel, LibreOffice and a download leave beside the workbooks is never read
                Files.writeString(inbox.resolve("~$iku-2023.xlsx"), "owner");
                Files.writeString(inbox.resolve(".~lock.iku-2023.xlsx#"), "lock");
                Files.writeString(inbox.resolve("iku-2023.csv.tmp"), "a;b");
                Files.writeString(inbox.resolve("iku-2023.xlsx.crdownload"), "partial");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        dropping.start();
        pollUntil(watcher, () -> !batches.isEmpty() && batches.get(batches.size() - 1).inputs().size() >= 100, 60);
        dropping.join();
        pollTimes(watcher, 15);
        assertThat(reads).hasSize(100);
        assertThat(reads.values()).containsOnly(1);
        assertThat(reads).containsKeys("kecamatan-001/iku-2023.csv", "kecamatan-100/iku-2023.csv");
        RunResult last = batches.get(batches.size() - 1);
        assertThat(last.inputs()).hasSize(100);
        assertThat(last.capaian()).hasSize(700);
        try (Stream<String> lines = Files.lines(temp.resolve("out/capaian.csv"))) {
            assertThat(lines.count()).isEqualTo(701);
        }
    }

    @Test
    void aRestartReadsNothingThatHasNotChanged() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path out = temp.resolve("out");
        for (String unit : List.of("kecamatan-a", "kecamatan-b", "kecamatan-c")) {
            Files.copy(IKU, Files.createDirectories(inbox.resolve(unit)).resolve("iku-2023.csv"));
        }
        Watcher first = watcher(inbox, out, 2 * SECOND, () -> now);
        settle(first);
        assertThat(batches).hasSize(1);
        assertThat(reads).hasSize(3);

        reads.clear();
        batches.clear();
        Watcher restarted = watcher(inbox, out, 2 * SECOND, () -> now);
        settle(restarted);
        assertThat(batches).as("nothing new: no batch").isEmpty();
        assertThat(reads).isEmpty();

        // a file saved again unchanged: a batch, but its result comes from the cache, which is keyed by content
        Path touched = inbox.resolve("kecamatan-a/iku-2023.csv");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        settle(restarted);
        assertThat(batches).hasSize(1);
        assertThat(reads).as("the same content is not read again").isEmpty();
        batches.clear();

        Files.writeString(inbox.resolve("kecamatan-b/iku-2023.csv"), "\n", StandardOpenOption.APPEND);
        settle(restarted);
        assertThat(batches).hasSize(1);
        assertThat(reads).containsExactly(Map.entry("kecamatan-b/iku-2023.csv", 1));
        assertThat(batches.get(0).inputs()).hasSize(3);

        Files.delete(inbox.resolve("kecamatan-c/iku-2023.csv"));
        settle(restarted);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).inputs()).hasSize(2);
        assertThat(reads).hasSize(1);
        assertThat(failures).isEmpty();
    }

    @Test
    void aBrokenSaringYamlHoldsTheInboxUntilItIsMended() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path unit = Files.createDirectories(inbox.resolve("kecamatan-a"));
        Files.copy(IKU, unit.resolve("iku-2023.csv"));
        Files.writeString(unit.resolve("saring.yaml"), "profile: kab-banyuasin\n");
        Watcher watcher = watcher(inbox, temp.resolve("out"), 2 * SECOND, () -> now);
        settle(watcher);
        settle(watcher);
        assertThat(batches).isEmpty();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(RuleFileException.class);
        assertThat(((RuleFileException) failures.get(0)).problems().toString()).contains("kab-banyuasin");

        Files.writeString(unit.resolve("saring.yaml"), "profile: kab-muara-enim\n");
        settle(watcher);
        assertThat(failures).hasSize(1);
        assertThat(batches).hasSize(1);
        assertThat(reads).containsExactly(Map.entry("kecamatan-a/iku-2023.csv", 1));
    }

    @Test
    void aGrowingFileIsReadyOnlyOnceItHasStayedTheSameForTheSettleTime() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path file = inbox.resolve("iku.csv");
        Inbox box = new Inbox(inbox, Optional.empty(), 2 * SECOND, () -> now);
        Files.writeString(file, "No;Indikator\n");
        assertThat(box.scan().ready()).isEmpty();
        now += SECOND;
        Files.writeString(file, "1;Persentase\n", StandardOpenOption.APPEND);
        Inbox.Scan growing = box.scan();
        assertThat(growing.ready()).isEmpty();
        assertThat(growing.changing()).isEqualTo(1);
        now += SECOND;
        assertThat(box.scan().ready()).as("unchanged for one second only").isEmpty();
        now += SECOND;
        Inbox.Scan settled = box.scan();
        assertThat(settled.ready()).containsOnlyKeys("iku.csv");
        assertThat(settled.ready().get("iku.csv").get(0)).isEqualTo(26L);
        assertThat(settled.changing()).isZero();
    }

    @Test
    void ctrlCStopsTheWatchWithItsOutputsWhole() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path out = temp.resolve("out");
        Files.copy(IKU, inbox.resolve("iku-2023.csv"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "watch", inbox.toString(), "--out", out.toString(), "--settle", "0.2",
                "--interval", "0.1").redirectErrorStream(true).redirectOutput(temp.resolve("terminal.txt").toFile())
                .start();
        long deadline = System.nanoTime() + 60 * SECOND;
        while (!Files.exists(out.resolve("report.html")) && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(out.resolve("report.html")).exists();
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String terminal = Files.readString(temp.resolve("terminal.txt"), StandardCharsets.UTF_8);
        assertThat(terminal).startsWith("Mengawasi " + inbox + "; keluaran ke " + out + ". Tekan Ctrl-C untuk berhenti.")
                .contains("1 berkas baru atau berubah, 0 berkas hilang:",
                        "Saring selesai: 1 berkas (1 terbaca, 0 tidak terbaca), 1 tabel, 7 rekaman capaian")
                .endsWith("Pengawasan berhenti." + System.lineSeparator());
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
        assertThat(out.resolve(Watcher.STATE)).content().isEqualTo(
                "{\"iku-2023.csv\":[" + Files.size(IKU) + "," + Files.getLastModifiedTime(inbox.resolve("iku-2023.csv"))
                        .toMillis() + "]}");
    }

    /** Polls, lets the settle time pass on the test's clock, and polls again. */
    private void settle(Watcher watcher) throws IOException {
        watcher.poll();
        now += 3 * SECOND;
        watcher.poll();
    }

    private Watcher watcher(Path inbox, Path out, long settleNanos, java.util.function.LongSupplier clock) {
        MessageCatalog messages = new MessageCatalog(Language.ID);
        Pipeline.Progress counting = new Pipeline.Progress() {
            @Override
            public void done(FileResult result, boolean cached) {
                if (!cached) {
                    reads.merge(result.input().file(), 1, Integer::sum);
                }
            }
        };
        Watcher.Batches recording = new Watcher.Batches() {
            @Override
            public void batch(RunResult result, List<String> arrived, List<String> gone) {
                batches.add(result);
                batchTimes.add(System.nanoTime());
            }

            @Override
            public void failed(Exception reason) {
                failures.add(reason);
            }
        };
        return new Watcher(rules, 2, counting, files -> FolderSettings.of(rules, Optional.empty(), files, "rules"),
                new Inbox(inbox, Optional.of(out), settleNanos, clock), out, new ReportWriter(messages, "test"),
                recording, clock);
    }

    /** Polls every 50 ms until {@code done} holds or {@code seconds} have passed. */
    private static void pollUntil(Watcher watcher, java.util.function.BooleanSupplier done, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * SECOND;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            watcher.poll();
            Thread.sleep(50);
        }
    }

    /** Polls {@code times} more times, 50 ms apart: what a watcher would do next, were there anything to do. */
    private static void pollTimes(Watcher watcher, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            watcher.poll();
            Thread.sleep(50);
        }
    }
}
