package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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

    @Test
    void aColspanReachingACellARowspanAboveCoversGivesThatColumnOnce() throws Exception {
        // crash-759bc9cd... of the inputs: the fuzzer broke a rowspan of analisis-capaian-sasaran-2023.xls so that
        // a colspan of the next row reached a cell spanned from above, and the row held column 1 twice
        Path file = Files.writeString(dir.resolve("overlap.xls"), """
                <table><tr><td>Target</td><td rowspan="2">Realisasi</td></tr>
                <tr><td colspan="2">Tahun 2023</td><td>104</td></tr></table>""");
        RecordingVisitor visitor = new RecordingVisitor();

        reader.read(file, visitor);

        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactly(
                "1: 0=Target | 1=Realisasi",
                "2: 0=Tahun 2023 | 1=Realisasi | 2=104");
    }
}
