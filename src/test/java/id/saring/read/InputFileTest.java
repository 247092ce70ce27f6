package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFileTest {

    @ParameterizedTest(name = "[{index}] {0} in ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # path                                   | folder                         | agency hint
            kecamatan-sumber-harta/iku.xlsx          | kecamatan-sumber-harta         | Kecamatan Sumber Harta
            kecamatan-sumber-harta/2023/iku.xlsx     | kecamatan-sumber-harta         | Kecamatan Sumber Harta
            SETDA_BENGKULU_SELATAN/lkj.xlsx          | SETDA_BENGKULU_SELATAN         | Setda Bengkulu Selatan
            Dinas Kesehatan/iku.xlsx                 | Dinas Kesehatan                | Dinas Kesehatan
            kecamatan-semende-darat-tengah.xlsx      | ''                             | Kecamatan Semende Darat Tengah
            pemkab_muara_enim-lppd 2023.xls          | ''                             | Pemkab Muara Enim Lppd 2023
            iku.2023.csv                             | ''                             | Iku.2023
            """)
    void theAgencyHintIsTheFolderElseTheFileNameInTitleCase(String path, String folder, String hint) {
        InputFile file = new InputFile(Path.of("/input").resolve(path), path, folder);

        assertThat(file.agencyHint()).isEqualTo(hint);
    }
}
