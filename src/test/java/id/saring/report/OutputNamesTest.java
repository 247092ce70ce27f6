package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            dinas-kesehatan/iku-2023.xlsx             | annotated/dinas-kesehatan/iku-2023.xlsx
            ../../etc/cron.d/saring.csv.xlsx          | annotated/_/_/etc/cron.d/saring.csv.xlsx
            /etc/passwd.xlsx                          | annotated/etc/passwd.xlsx
            C:\\Windows\\System32\\iku.xlsx           | annotated/C_/Windows/System32/iku.xlsx
            dinas/./iku.xlsx                          | annotated/dinas/_/iku.xlsx
            CON.csv.xlsx                              | annotated/_CON.csv.xlsx
            dinas/aux.xlsx                            | annotated/dinas/_aux.xlsx
            lpt1                                      | annotated/_lpt1
            Nul.XLS                                   | annotated/_Nul.XLS
            console.xlsx                              | annotated/console.xlsx
            Laporan: Triwulan *IV*?.xlsx              | annotated/Laporan_ Triwulan _IV__.xlsx
            "dinas. /iku.xlsx"                        | annotated/dinas/iku.xlsx
            """)
    void aNameFromAnInputStaysInsideTheFolderAndIsValidOnWindows(String input, String path) {
        assertThat(new OutputNames().of("annotated/", input)).isEqualTo(path);
    }

    @Test
    void namesThatBecomeTheSameAreToldApartIgnoringCase() {
        OutputNames names = new OutputNames();

        assertThat(names.of("annotated/", "dinas/IKU.xlsx")).isEqualTo("annotated/dinas/IKU.xlsx");
        assertThat(names.of("annotated/", "dinas/iku.xlsx")).isEqualTo("annotated/dinas/iku (2).xlsx");
        assertThat(names.of("annotated/", "dinas/iku?.xlsx")).isEqualTo("annotated/dinas/iku_.xlsx");
        assertThat(names.of("annotated/", "dinas/iku*.xlsx")).isEqualTo("annotated/dinas/iku_ (2).xlsx");
    }

    @Test
    void anEmptyOrRootNameStillNamesAFileInTheFolder() {
        OutputNames names = new OutputNames();

        assertThat(names.of("annotated/", "/")).isEqualTo("annotated/_");
        assertThat(names.of("annotated/", "...")).isEqualTo("annotated/_ (2)");
    }
}
