package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextEncodingTest {

    private static final String TEXT = "Indikator;Target\nIndeks Inflasi;3 \u00b1 1\n"; // 004 l.913

    @ParameterizedTest(name = "[{index}] {0} -> {1} skipping {2}")
    @CsvSource(textBlock = """
            # byte-order mark, charset,  bytes to skip
            efbbbf,            UTF-8,    3
            fffe,              UTF-16LE, 2
            feff,              UTF-16BE, 2
            """)
    void aByteOrderMarkDecides(String bomHex, String charset, int bomLength) {
        byte[] bom = HexFormat.of().parseHex(bomHex);
        // the body alone would be read as Windows-1252: the mark must win
        byte[] body = "Indeks Inflasi;3 \u00b1 1".getBytes(TextEncoding.WINDOWS_1252);

        TextEncoding encoding = TextEncoding.detect(concat(bom, body), true);

        assertThat(encoding).isEqualTo(new TextEncoding(Charset.forName(charset), bomLength));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            UTF-16LE
            UTF-16BE
            """)
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes(String charset) {
        TextEncoding encoding = TextEncoding.detect(TEXT.getBytes(Charset.forName(charset)), true);

        assertThat(encoding).isEqualTo(new TextEncoding(Charset.forName(charset), 0));
    }

    @Test
    void validUtf8IsUtf8() {
        assertThat(TextEncoding.detect(TEXT.getBytes(StandardCharsets.UTF_8), true))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 0));
    }

    @Test
    void plainAsciiIsUtf8() {
        assertThat(TextEncoding.detect("No;Indikator;Target\n1;Nilai LPPD;3,22\n".getBytes(StandardCharsets.US_ASCII),
                true)).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 0));
    }

    @Test
    void bytesThatAreNotUtf8AreWindows1252() {
        // what Excel's "CSV" writes on Indonesian Windows: ± is the single byte 0xb1
        assertThat(TextEncoding.detect(TEXT.getBytes(TextEncoding.WINDOWS_1252), true))
                .isEqualTo(new TextEncoding(TextEncoding.WINDOWS_1252, 0));
    }

    @Test
    void aSampleCutInsideAMultiByteCharacterIsStillUtf8() {
        byte[] utf8 = "Indeks Inflasi;3 \u00b1 1".getBytes(StandardCharsets.UTF_8);
        int plusMinus = indexOf(utf8, (byte) 0xc2);
        // the first 64 KiB of a longer file ends between the two bytes of ±
        byte[] cut = Arrays.copyOf(utf8, plusMinus + 1);

        assertThat(TextEncoding.detect(cut, false)).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 0));
    }

    @Test
    void aWholeFileEndingInsideAMultiByteCharacterIsNotUtf8() {
        byte[] utf8 = "Indeks Inflasi;3 \u00b1 1".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, indexOf(utf8, (byte) 0xc2) + 1);

        assertThat(TextEncoding.detect(cut, true)).isEqualTo(new TextEncoding(TextEncoding.WINDOWS_1252, 0));
    }

    @Test
    void anEmptySampleIsUtf8() {
        assertThat(TextEncoding.detect(new byte[0], true)).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 0));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("byte not found");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
