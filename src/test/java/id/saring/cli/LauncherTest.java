package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./saring} launcher's choice of JIT compilers: the quick one alone for a run of small files, both for a
 * file larger than 4 MB and for watching a folder. The launcher is run from a copy beside a stand-in jar, with a
 * stand-in {@code java} first on the path that writes down the options it was given.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {

    private static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @Test
    void smallWorkbooksAreReadWithTheQuickCompilerAlone() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox/kab-lahat"));
        sized(inbox.resolve("lkjip-2023.xlsx"), 40_000);

        assertThat(javaOptions("run", "inbox", "--out", "output")).startsWith(QUICK_ONLY);
        assertThat(javaOptions("run")).startsWith(QUICK_ONLY);
    }

    @Test
    void aFileLargerThan4MbIsReadWithBothCompilers() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox/bappeda"));
        sized(inbox.resolve("lkjip-2023.xlsx"), 40_000);
        sized(inbox.resolve("anggaran-1m.xlsx"), 5 * 1024 * 1024);

        assertThat(javaOptions("run", "--jobs", "2", "inbox")).doesNotContain(QUICK_ONLY);
        assertThat(javaOptions("run", "inbox/bappeda/anggaran-1m.xlsx")).doesNotContain(QUICK_ONLY);
    }

    @Test
    void theOutputFolderIsNoInput() throws Exception {
        Files.createDirectories(dir.resolve("inbox"));
        sized(Files.createDirectories(dir.resolve("output")).resolve("consolidated.xlsx"), 5 * 1024 * 1024);

        assertThat(javaOptions("run", "inbox", "--out", "output")).startsWith(QUICK_ONLY);
    }

    @Test
    void aWatchedFolderIsReadWithBothCompilers() throws Exception {
        Files.createDirectories(dir.resolve("inbox"));

        assertThat(javaOptions("watch", "inbox")).doesNotContain(QUICK_ONLY);
    }

    @Test
    void saringJavaOptsComeAfterTheLaunchersOwn() throws Exception {
        List<String> options = javaOptions(Map.of("SARING_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=4"), "run");

        assertThat(options).containsSubsequence(QUICK_ONLY, "-Xmx256m", "-XX:TieredStopAtLevel=4", "-jar");
    }

    private List<String> javaOptions(String... arguments) throws Exception {
        return javaOptions(Map.of(), arguments);
    }

    /** The arguments the launcher gives {@code java} before the jar's own, run in {@link #dir}. */
    private List<String> javaOptions(Map<String, String> environment, String... arguments) throws Exception {
        Path home = Files.createDirectories(dir.resolve("saring-home"));
        Files.copy(Path.of("saring"), home.resolve("saring"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/saring.jar"), "stand-in");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path said = dir.resolve("java-arguments.txt");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + said + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("saring").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder launcher = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        launcher.environment().putAll(environment);
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        List<String> all = Files.readAllLines(said, StandardCharsets.UTF_8);
        return all.subList(0, all.indexOf("-jar") + 1);
    }

    /** A file of {@code bytes} bytes, written sparse. */
    private static void sized(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }
}
