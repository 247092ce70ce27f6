package id.saring.cli;

import static id.saring.cli.MainTest.saring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.saring.cli.MainTest.Run;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's rules chosen with {@code --profile} or a folder's {@code saring.yaml}: the Tingkat Capaian Sasaran of
 * Kec. Semende Darat Tengah (seed 001 l.576-603) graded by its own LAKIP's scale and by the LPPD of Kab. Muara
 * Enim (seed 000 l.1942-1946).
 */
class ProfileTest {

    private static final Path SEMENDE = Path.of("input-samples/kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx");
    private static final String FILE = "kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx";

    @TempDir
    Path temp;

    private Path inbox;

    @BeforeEach
    void copySample() throws IOException {
        inbox = temp.resolve("masuk");
        Files.createDirectories(inbox.resolve("kecamatan-semende-darat-tengah"));
        Files.copy(SEMENDE, inbox.resolve(FILE));
    }

    private Map<String, CSVRecord> capaianByRow(Path out) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(out.resolve("capaian.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("sheet").equals("Sasaran Pemerintahan")) {
                    rows.put(r.get("row"), r);
                }
            }
        }
        return rows;
    }

    private Run runWith(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "run";
        args[1] = inbox.toString();
        args[2] = "--out";
        args[3] = temp.resolve("keluaran-" + String.join("-", options).replace("--", "")).toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return saring(args);
    }

    private Path outOf(String... options) {
        return temp.resolve("keluaran-" + String.join("-", options).replace("--", ""));
    }

    @Test
    void theSameTableIsGradedByEachRegionsOwnScale() throws IOException {
        runWith("--profile", "kec-semende-darat-tengah");
        runWith("--profile", "kab-muara-enim");
        runWith();

        // row 9: realisasi 95 of target 100 (seed 001 l.584)
        Map<String, CSVRecord> semende = capaianByRow(outOf("--profile", "kec-semende-darat-tengah"));
        Map<String, CSVRecord> muaraEnim = capaianByRow(outOf("--profile", "kab-muara-enim"));
        Map<String, CSVRecord> bundled = capaianByRow(outOf());
        assertThat(List.of(semende.get("9").get("capaian_hitung"), muaraEnim.get("9").get("capaian_hitung"),
                bundled.get("9").get("capaian_hitung"))).containsOnly("95.00");
        assertThat(semende.get("9").get("predikat")).isEqualTo("Sangat Baik");
        assertThat(muaraEnim.get("9").get("predikat")).isEqualTo("Baik");
        assertThat(bundled.get("9").get("predikat")).isEqualTo("Sangat Tinggi");
    }

    @Test
    void aRegionThatCapsCapaianAtAHundredIsRightToWriteAHundred() throws IOException {
        Run capped = runWith("--profile", "kec-semende-darat-tengah");
        Run uncapped = runWith("--profile", "kab-muara-enim");

        // row 6: 97 / 80 = 121,25 written as 100 (seed 001 l.581)
        assertThat(capaianByRow(outOf("--profile", "kec-semende-darat-tengah")).get("6").get("capaian_hitung"))
                .isEqualTo("100.00");
        assertThat(capaianByRow(outOf("--profile", "kab-muara-enim")).get("6").get("capaian_hitung"))
                .isEqualTo("121.25");
        assertThat(capped.out()).contains("Temuan: 1 galat, 0 peringatan").doesNotContain("capaian-mismatch: 9");
        assertThat(uncapped.out()).contains("Temuan: 1 galat, 8 peringatan");
    }

    @Test
    void aFoldersSaringYamlChoosesTheProfileOfTheFilesInIt() throws IOException {
        Files.writeString(inbox.resolve("kecamatan-semende-darat-tengah/saring.yaml"),
                "# the kecamatan grades by its own LAKIP\nprofile: kec-semende-darat-tengah\n");

        runWith("--profile", "kab-muara-enim");

        // the folder's profile wins over the run's
        assertThat(capaianByRow(outOf("--profile", "kab-muara-enim")).get("9").get("predikat"))
                .isEqualTo("Sangat Baik");
    }

    @Test
    void aFoldersSaringYamlNamesTheAgencyOfFilesWhoseTitlesNameNone() throws IOException {
        // a Bappeda's inbox numbers its units' folders; the kecamatan's capaian table names no agency in its
        // titles (seed 001 l.576), the title of its budget table does
        Path unit = Files.createDirectories(inbox.resolve("unit-07"));
        Files.move(inbox.resolve(FILE), unit.resolve("capaian-sasaran-2023.xlsx"));
        Files.copy(Path.of("input-samples/kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv"),
                unit.resolve("realisasi-anggaran-2023.csv"));
        runWith();
        assertThat(opdByFile(outOf())).containsExactly(entry("unit-07/capaian-sasaran-2023.xlsx", "Unit 07"),
                entry("unit-07/realisasi-anggaran-2023.csv", "Kecamatan Semende Darat Tengah"));

        Files.writeString(unit.resolve("saring.yaml"), "opd: Kecamatan Semende Darat Tengah\n");
        runWith("--profile", "kec-semende-darat-tengah");

        assertThat(opdByFile(outOf("--profile", "kec-semende-darat-tengah"))).containsExactly(
                entry("unit-07/capaian-sasaran-2023.xlsx", "Kecamatan Semende Darat Tengah"),
                entry("unit-07/realisasi-anggaran-2023.csv", "Kecamatan Semende Darat Tengah"));
    }

    @Test
    void aSaringYamlNamingNeitherProfileNorAgencyStopsTheRun() throws IOException {
        Path settings = inbox.resolve("kecamatan-semende-darat-tengah/saring.yaml");
        Files.writeString(settings, "profile:\nopd: \"\"\n");

        Run run = runWith();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: Berkas aturan tidak valid; tidak ada yang diproses:",
                "  " + settings + ":1: profile, opd: name a profile, an agency or both");
    }

    /** The agency of each file's records, capaian and budget alike. */
    private static Map<String, String> opdByFile(Path out) throws IOException {
        Map<String, String> agencies = new java.util.TreeMap<>();
        for (String output : List.of("capaian.csv", "anggaran.csv")) {
            try (Reader in = Files.newBufferedReader(out.resolve(output), StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(in)) {
                    agencies.put(r.get("file"), r.get("opd"));
                }
            }
        }
        return agencies;
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        Run run = runWith("--profile", "kab-banyuasin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: profil tidak dikenal: kab-banyuasin (yang ada: "
                + "kab-muara-enim, kec-semende-darat-tengah)");
        assertThat(outOf("--profile", "kab-banyuasin")).doesNotExist();
    }

    @Test
    void aSaringYamlNamingNoProfileStopsTheRunWithItsLine() throws IOException {
        Path settings = inbox.resolve("kecamatan-semende-darat-tengah/saring.yaml");
        Files.writeString(settings, "# profil kecamatan\nprofile: kec-semende\n");

        Run run = runWith();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("saring: Berkas aturan tidak valid; tidak ada yang diproses:",
                "  " + settings + ":2: profile: unknown profile 'kec-semende' (known: kab-muara-enim, "
                        + "kec-semende-darat-tengah)");
    }

    @Test
    void aCategorySwitchedOffInTheUsersRulesIsNotReported() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("aturan"));
        Files.writeString(rules.resolve("checks.yaml"), Files.readString(Path.of("rules/checks.yaml"))
                .replace("  capaian-mismatch: error", "  capaian-mismatch: off")
                .replace("  unknown-indicator: info", "  unknown-indicator: off"));

        Run run = runWith("--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Tidak ada temuan.").doesNotContain("capaian-mismatch")
                .doesNotContain("unknown-indicator");
    }
}
