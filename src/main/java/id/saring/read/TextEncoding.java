package id.saring.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of a text export, decided from its first bytes: a byte-order mark if there is one,
 * else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel's "CSV" writes on Indonesian
 * Windows).
 *
 * @param bomLength bytes of byte-order mark to skip
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextEncoding detect(byte[] head, boolean complete) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (oddZeros > head.length / 4 && evenZeros == 0) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        if (evenZeros > head.length / 4 && oddZeros == 0) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        return new TextEncoding(isUtf8(head, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean isUtf8(byte[] head, boolean complete) {
        int length = head.length;
        if (!complete) {
            // the sample may end inside a multi-byte character: drop an incomplete tail
            int back = 0;
            while (back < 3 && back < length && (head[length - 1 - back] & 0xc0) == 0x80) {
                back++;
            }
            if (back < length && (head[length - 1 - back] & 0xc0) == 0xc0) {
                length = length - 1 - back;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
