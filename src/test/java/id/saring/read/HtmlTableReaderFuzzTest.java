package id.saring.read;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
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
