package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetNamesTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            IKU 2023                                  | IKU 2023
            efisiensi-anggaran-sasaran-4-2023         | efisiensi-anggaran-sasaran-4-20
            Realisasi [APBD] 1/2: Belanja*?           | Realisasi _APBD_ 1_2_ Belanja__
            'Data'                                    | _Data_
            "   "                                     | realisasi
            """)
    void aNameIsMadeFitForExcel(String wanted, String name) {
        assertThat(new SheetNames().name(wanted, "realisasi")).isEqualTo(name);
    }

    @Test
    void namesAlikeButForCaseAreNumberedWithinExcelsLength() {
        SheetNames names = new SheetNames();
        List<String> given = List.of("IKU", "iku", "IKU", "efisiensi-anggaran-sasaran-4-2023",
                "efisiensi-anggaran-sasaran-4-2024");

        assertThat(given.stream().map(n -> names.name(n, "x")).toList()).containsExactly("IKU", "iku (2)", "IKU (3)",
                "efisiensi-anggaran-sasaran-4-20", "efisiensi-anggaran-sasaran- (2)");
    }
}
