package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where FastExcel would place a cell, judged before it makes room for every column up to it. */
class XlsxColumnLimitTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # reference        | beyond XFD | why
            A1                 | false      | the first cell
            xfd1048576         | false      | the last cell, in lower case as FastExcel also reads it
            $XFD$1             | false      | an absolute reference
            XFE1               | true       | one column past the last
            CWWWWWWWWWWWWWW4   | true       | crash-8de36e91... of XlsxReaderFuzzTest: a 1 KB file that filled the memory
            AAAAAAA1           | true       | seven letters: column 321,272,407
            ZZZZZZZZ1          | false      | wraps around int to a negative column, which FastExcel refuses itself
            ''                 | false      | no letters: FastExcel reads column A
            """)
    void aColumnBeyondXfdIsFoundAsFastExcelReadsIt(String ref, boolean beyond, String why) {
        assertThat(XlsxColumnLimit.beyondLastColumn(ref)).isEqualTo(beyond);
    }
}
