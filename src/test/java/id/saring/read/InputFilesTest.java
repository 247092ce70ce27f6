package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An INPUT folder as Bappeda collects it: one folder per agency, Excel's lock files and backups beside. */
class InputFilesTest {

    @TempDir
    Path input;

    @BeforeEach
    void agencyFolders() throws IOException {
        for (String name : List.of(
                "setda-bengkulu-selatan/lkj-2023.xlsx",
                "setda-bengkulu-selatan/~$lkj-2023.xlsx",
                "setda-bengkulu-selatan/.~lock.lkj-2023.ods#",
                "setda-bengkulu-selatan/lkj-2023.xlsx~",
                "setda-bengkulu-selatan/lkj-2023.tmp",
                "setda-bengkulu-selatan/.iku-lama.xlsx",
                "kecamatan-sumber-harta/iku.csv",
                "kecamatan-sumber-harta/2023/realisasi anggaran.XLSX",
                "kecamatan-sumber-harta/2023/catatan.docx",
                "kecamatan-sumber-harta/.git/config.txt",
                "pemkab-muara-enim/lppd.xls",
                "pemkab-muara-enim/lppd.html",
                "rekap.tsv",
                "rekap.pdf")) {
            Path file = input.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
    }

    @Test
    void aFolderIsWalkedRecursivelyInPathOrderSkippingLockHiddenAndTemporaryFiles() throws Exception {
        List<InputFile> files = InputFiles.of(List.of(input));

        assertThat(files).extracting(InputFile::name).containsExactly(
                "kecamatan-sumber-harta/2023/realisasi anggaran.XLSX",
                "kecamatan-sumber-harta/iku.csv",
                "pemkab-muara-enim/lppd.html",
                "pemkab-muara-enim/lppd.xls",
                "rekap.tsv",
                "setda-bengkulu-selatan/lkj-2023.xlsx");
    }

    @Test
    void eachFileKnowsTheTopFolderItWasFoundIn() throws Exception {
        List<InputFile> files = InputFiles.of(List.of(input));

        assertThat(files).extracting(InputFile::folder).containsExactly(
                "kecamatan-sumber-harta",
                "kecamatan-sumber-harta",
                "pemkab-muara-enim",
                "pemkab-muara-enim",
                "",
                "setda-bengkulu-selatan");
        assertThat(files.get(0).path()).isEqualTo(input.resolve("kecamatan-sumber-harta/2023/realisasi anggaran.XLSX"));
    }

    @Test
    void aFileGivenDirectlyIsNamedByItsBareNameWithNoFolder() throws Exception {
        Path file = input.resolve("kecamatan-sumber-harta/iku.csv");

        assertThat(InputFiles.of(List.of(file))).containsExactly(new InputFile(file, "iku.csv", ""));
    }

    @Test
    void aFileGivenDirectlyIsTakenWhateverItsExtension() throws Exception {
        Path file = input.resolve("rekap.pdf");

        assertThat(InputFiles.of(List.of(file))).extracting(InputFile::name).containsExactly("rekap.pdf");
    }

    @Test
    void inputsKeepTheOrderGivenAndAFileFoundTwiceIsListedOnce() throws Exception {
        Path setda = input.resolve("setda-bengkulu-selatan");
        Path iku = input.resolve("kecamatan-sumber-harta/iku.csv");

        List<InputFile> files = InputFiles.of(List.of(setda, iku, input.resolve("kecamatan-sumber-harta")));

        assertThat(files).extracting(InputFile::name).containsExactly(
                "lkj-2023.xlsx",
                "iku.csv",
                "2023/realisasi anggaran.XLSX");
        assertThat(files).extracting(InputFile::folder).containsExactly("", "", "2023");
    }

    @Test
    void theOutputFolderInsideTheInputFolderIsNeverReadBack() throws Exception {
        // saring run . --out output, run twice: the first run's CSV and annotated copies are no inputs
        Path output = input.resolve("output");
        for (String name : List.of("capaian.csv", "annotated/pemkab-muara-enim/lppd.xls")) {
            Files.createDirectories(output.resolve(name).getParent());
            Files.writeString(output.resolve(name), "x");
        }

        assertThat(InputFiles.of(List.of(input), Optional.of(output))).extracting(InputFile::name)
                .doesNotContain("output/capaian.csv", "output/annotated/pemkab-muara-enim/lppd.xls")
                .hasSize(6);
        assertThat(InputFiles.of(List.of(input))).extracting(InputFile::name)
                .contains("output/capaian.csv", "output/annotated/pemkab-muara-enim/lppd.xls");
        // given by name, an output is read as the user asks
        assertThat(InputFiles.of(List.of(output.resolve("capaian.csv")), Optional.of(output)))
                .extracting(InputFile::name).containsExactly("capaian.csv");
    }

    @Test
    void aMissingInputThrowsNoSuchFileNamingIt() {
        Path missing = input.resolve("dinas-kesehatan");

        assertThatThrownBy(() -> InputFiles.of(List.of(input, missing)))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(missing.toString());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(textBlock = """
            iku.xlsx,                    true
            IKU.XLSX,                    true
            iku.xlsm,                    true
            iku.xls,                     true
            iku.ods,                     true
            iku.csv,                     true
            iku.tsv,                     true
            iku.txt,                     true
            iku.htm,                     true
            iku.html,                    true
            dinas/iku.xlsx,              true
            ~$iku.xlsx,                  false
            dinas/~$iku.xlsx,            false
            .~lock.iku.xlsx#,            false
            .iku.xlsx,                   false
            .arsip/iku.xlsx,             false
            iku.xlsx~,                   false
            iku.tmp,                     false
            iku.xlsx.tmp,                false
            iku.pdf,                     false
            iku.docx,                    false
            xlsx,                        false
            .xlsx,                       false
            """)
    void onlyTableFilesThatAreNotLockHiddenOrTemporaryAreTaken(String relative, boolean taken) {
        assertThat(InputFiles.isTableFile(Path.of(relative))).isEqualTo(taken);
    }
}
