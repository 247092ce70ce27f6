package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, one-line usage errors, and what each command writes. */
class MainTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Path SATPOL = SAMPLES.resolve("pemkab-muara-enim/satpol-pp-anggaran-2023.csv");
    private static final Path SPM = SAMPLES.resolve("pemkab-muara-enim/spm-pendidikan-anggaran-2023.csv");
    private static final Path SEMENDE = SAMPLES.resolve("kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx");

    @TempDir
    Path temp;

    /** What one invocation printed and returned. */
    record Run(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run saring(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOptionExitsWithTwoAndOneLine() {
        Run run = saring("run", "--bogus", "--out", temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "saring: opsi atau argumen tidak dikenal: --bogus (lihat 'saring --help')");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aMissingInputExitsWithTwoAndOneLineAndWritesNothing() {
        Path out = temp.resolve("out");
        Run run = saring("run", "tidak-ada/laporan.xlsx", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: masukan tidak ditemukan: tidak-ada/laporan.xlsx");
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrorsSpeakEnglishWithLangEn() {
        Run run = saring("run", "tidak-ada", "--lang", "en", "--out", temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: input not found: tidak-ada");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run run = saring("run", SPM.toString(), "--lang", "jv", "--out", temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: bahasa tidak dikenal: jv (pilih id atau en)");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = saring();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("saring: pilih perintah: run, check, watch atau rules check");
    }

    @Test
    void aCorruptWorkbookIsOneUnreadableFindingAndTheOtherFilesAreStillProcessed() throws IOException {
        Path in = Files.createDirectories(temp.resolve("masuk"));
        byte[] good = Files.readAllBytes(SAMPLES.resolve("kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx"));
        Files.write(in.resolve("a-rusak.xlsx"), Arrays.copyOf(good, 1800));
        Files.copy(SPM, in.resolve("b-spm.csv"));
        Path out = temp.resolve("keluar");

        Run run = saring("run", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> findings = Files.readAllLines(out.resolve("anomalies.csv"), StandardCharsets.UTF_8);
        assertThat(findings).hasSize(2);
        assertThat(findings.get(1)).startsWith("a-rusak.xlsx,,,,,unreadable-file,file.unreadable,error,"
                + "Berkas rusak atau terpotong sehingga tidak dapat dibuka");
        assertThat(Files.readAllLines(out.resolve("anggaran.csv"), StandardCharsets.UTF_8)).hasSize(1 + 8);
        assertThat(run.out()).contains("2 berkas (1 terbaca, 1 tidak terbaca)");
    }

    @Test
    void anEmptyFileIsUnreadableWithItsOwnMessage() throws IOException {
        Path empty = Files.createFile(temp.resolve("kosong.csv"));
        Run run = saring("check", empty.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("kosong.csv  galat  unreadable-file  Berkas kosong (0 byte)");
    }

    @Test
    void aFileWithoutFindingsExitsWithZero() {
        Run run = saring("run", SPM.toString(), "--out", temp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Tidak ada temuan.");
    }

    @Test
    void failOnDecidesWhichSeverityFailsTheRun() {
        // the Semende workbook has 8 warnings (capped-looking capaian) and 1 error
        assertThat(saring("run", SEMENDE.toString(), "--out", temp.toString()).exitCode()).isEqualTo(1);
        assertThat(saring("run", SEMENDE.toString(), "--out", temp.toString(), "--fail-on", "never").exitCode())
                .isZero();
    }

    @Test
    void failOnWarningFailsARunWithOnlyWarnings() throws IOException {
        Path warningsOnly = temp.resolve("iku.xlsx");
        Files.copy(SAMPLES.resolve("pemkab-muara-enim/iku-2023.xlsx"), warningsOnly);
        Path out = temp.resolve("out");
        assertThat(saring("run", warningsOnly.toString(), "--out", out.toString()).exitCode()).isZero();
        assertThat(saring("run", warningsOnly.toString(), "--out", out.toString(), "--fail-on", "warning").exitCode())
                .isEqualTo(1);
    }

    @Test
    void aBrokenRuleFileExitsWithTwoNamingFileAndLineAndProcessesNothing() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("aturan"));
        Files.writeString(rules.resolve("checks.yaml"), "capaian:\n  inverse_formula: regulation\n  toleransi: 0\n",
                StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        Run run = saring("run", SPM.toString(), "--rules", rules.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("saring: Berkas aturan tidak valid; tidak ada yang diproses:");
        assertThat(run.errLines().get(1)).startsWith("  " + rules.resolve("checks.yaml") + ":3:");
        assertThat(run.errLines().get(1)).contains("toleransi");
        assertThat(out).doesNotExist();
    }

    @Test
    void aUserRuleFolderReplacesSingleFiles() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("aturan"));
        String checks = Files.readString(Path.of("rules/checks.yaml"), StandardCharsets.UTF_8)
                .replace("capped_severity: warning", "capped_severity: info");
        Files.writeString(rules.resolve("checks.yaml"), checks, StandardCharsets.UTF_8);

        Run run = saring("check", SEMENDE.toString(), "--rules", rules.toString());

        // the eight capped-looking capaian are info now; the eight indicators in no catalogue are noted as before
        assertThat(run.out()).contains("Temuan: 1 galat, 0 peringatan, 16 info.");
    }

    @Test
    void checkPrintsEveryFindingAndWritesNoFile() throws IOException {
        Path workingCopy = Files.copy(SATPOL, temp.resolve("satpol.csv"));
        Run run = saring("check", workingCopy.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.startsWith("satpol.csv"))).containsExactly(
                "satpol.csv F10  galat  sum-mismatch  Realisasi pada baris jumlah di sel F10 tertulis 5.142.876.650,"
                        + " padahal jumlah 6 baris yang dijumlahkannya 5.128.123.550 (selisih 14.753.100).",
                "satpol.csv G10  galat  absorption-mismatch  Serapan anggaran tertulis 96,58 di sel G10, padahal"
                        + " realisasi 5.142.876.650 / pagu 5.309.421.100 × 100 = 96,86%.");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(workingCopy);
        }
    }

    @Test
    void findingsAreWrittenInEnglishWithLangEn() throws IOException {
        Run run = saring("run", SATPOL.toString(), "--lang", "en", "--out", temp.toString());
        assertThat(run.out()).contains("Findings: 2 errors, 0 warnings, 0 info.");
        assertThat(Files.readString(temp.resolve("anomalies.csv"), StandardCharsets.UTF_8)).contains(
                "The budget absorption stated in cell G10 is 96,58, but realisasi 5,142,876,650 / pagu 5,309,421,100"
                        + " × 100 = 96.86%.");
    }

    @Test
    void outputsReplaceEarlierOnesAndLeaveNoTemporaryFile() throws IOException {
        Files.writeString(temp.resolve("anomalies.json"), "old", StandardCharsets.UTF_8);
        saring("run", SPM.toString(), "--out", temp.toString());
        assertThat(Files.readString(temp.resolve("anomalies.json"), StandardCharsets.UTF_8)).contains("\"tool\"");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void outputsThatCannotBeWrittenExitWithThreeNamingTheFolderAndTheTrace() throws IOException {
        Files.createDirectories(temp.resolve("anomalies.json").resolve("isi"));

        Run run = saring("run", SPM.toString(), "--out", temp.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("saring: keluaran tidak dapat ditulis ke " + temp + ": "
                + temp.resolve("anomalies.json") + " is a folder; keluaran sebelumnya tidak diubah. Jejak lengkap"
                + " ditulis ke ");
        Path trace = Path.of(run.errLines().get(0).substring(run.errLines().get(0).lastIndexOf(' ') + 1));
        assertThat(Files.readString(trace)).contains("is a folder", "at id.saring.report.AtomicOutput.commit");
        Files.delete(trace);
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsAUsageError() throws IOException {
        Path file = Files.writeString(temp.resolve("keluaran"), "sebuah berkas, bukan folder");

        Run run = saring("run", SPM.toString(), "--out", file.resolve("sub").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("saring: folder keluaran tidak dapat dipakai: " + file.resolve("sub"));
    }

    @Test
    void badJobsSettleOrInboxAreUsageErrors() {
        Run jobs = saring("run", SPM.toString(), "--jobs", "0", "--out", temp.resolve("out").toString());
        assertThat(jobs.exitCode()).isEqualTo(2);
        assertThat(jobs.errLines()).containsExactly("saring: --jobs harus 1 atau lebih, bukan 0");

        Run inbox = saring("watch", temp.resolve("tidak-ada").toString(), "--out", temp.resolve("out").toString());
        assertThat(inbox.exitCode()).isEqualTo(2);
        assertThat(inbox.errLines()).containsExactly("saring: masukan tidak ditemukan: " + temp.resolve("tidak-ada"));

        Run settle = saring("watch", temp.toString(), "--settle", "-1", "--out", temp.resolve("out").toString());
        assertThat(settle.exitCode()).isEqualTo(2);
        assertThat(settle.errLines()).containsExactly(
                "saring: --settle harus 0 atau lebih dan --interval lebih dari 0 (bukan -1 dan 1)");
    }
}
