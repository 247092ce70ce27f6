package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # text                                | escaped
            Capaian 94,05 %                       | Capaian 94,05 %
            <script>alert(1)</script>             | &lt;script&gt;alert(1)&lt;/script&gt;
            IKU "2023" & 'lampiran'               | IKU &quot;2023&quot; &amp; &#39;lampiran&#39;
            &amp;                                 | &amp;amp;
            """)
    void markupCharactersBecomeReferencesAndNothingElseChanges(String text, String escaped) {
        assertThat(HtmlText.escape(text)).isEqualTo(escaped);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # path                                          | href
            annotated/pemkab-muara-enim/iku-2023.xlsx       | annotated/pemkab-muara-enim/iku-2023.xlsx
            annotated/dinas kesehatan/iku#1.xlsx            | annotated/dinas%20kesehatan/iku%231.xlsx
            annotated/javascript:alert(1)                   | annotated/javascript%3Aalert%281%29
            annotated/laporan?x=1&y=2.csv.xlsx              | annotated/laporan%3Fx%3D1%26y%3D2.csv.xlsx
            annotated/dinas pendidikan/rekap 50%.xlsx       | annotated/dinas%20pendidikan/rekap%2050%25.xlsx
            annotated/kecamatan/capaian\u00A0akhir.xlsx     | annotated/kecamatan/capaian%C2%A0akhir.xlsx
            """)
    void everyFolderAndFileNameIsPercentEncodedSoNoneCanStartASchemeOrQuery(String path, String href) {
        assertThat(HtmlText.href(path)).isEqualTo(href);
    }
}
