package id.saring.read;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes saved as an HTML "Excel" file ({@code .xls} holding a page): the reader gives rows or
 * {@link UnreadableFileException}, never another exception, and answers in bounded time ({@link ReaderContract}).
 * The kept inputs, {@code HtmlTableReaderFuzzTestInputs/readsAnyBytes/}, are the HTML export of
 * {@code input-samples/}, the pages of {@link HtmlTableReaderTest} and each crash the fuzzer ever found (FUZZING.md).
 */
class HtmlTableReaderFuzzTest {

    @TempDir
    static Path dir;

    static {
        // 001 l.31: a spanned label over the realisasi anggaran
        ReaderContract.warmUp(new HtmlTableReader(), ".xls", ("<html><body><table><tr><th colspan=\"2\">Anggaran</th>"
                + "<th rowspan=\"2\">%</th></tr><tr><td>Rp 3.489.328.596,-</td><td>3.182.258.349</td></tr>"
                + "</table></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private final HtmlTableReader reader = new HtmlTableReader();

    // the markup the reader acts on, so that mutations build tables and spans rather than wait to stumble on them
    @FuzzTest
    @DictionaryEntries({"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<thead>", "<tbody>",
        "<tfoot>", " colspan=\"", " rowspan=\"", "\"0\"", "\"-1\"", "\"4097\"", "\"2147483648\"",
        "<meta charset=\"", "windows-1252", "utf-16", "&nbsp;", "<!--", "<![CDATA["})
    void readsAnyBytes(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("input.xls"), content);

        ReaderContract.holds(reader, file);
    }
}
