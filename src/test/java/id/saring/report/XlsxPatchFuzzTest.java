package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.read.FuzzedPackage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Damaged and hostile workbooks patched for their annotated copy: {@link XlsxPatch} gives a copy or leaves the
 * input to POI, never throws, whatever the parts it reads ({@link FuzzedPackage}), and wherever the findings are.
 */
class XlsxPatchFuzzTest {

    private final MessageCatalog messages = new MessageCatalog(Language.ID);

    /** The parts of {@link FuzzedPackage#parts}, then a finding's row and column and one on the whole file. */
    @FuzzTest
    void patchesAPackageWithAnyParts(FuzzedDataProvider data) throws IOException {
        byte[] content = FuzzedPackage.of(FuzzedPackage.parts(data));
        List<Finding> findings = List.of(finding(data.consumeInt(-1, 5), data.consumeInt(-1, 3)), finding(0, -1));

        Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(content, findings, messages);

        if (patched.isPresent()) {
            // a package whose every entry unpacks
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(patched.get().bytes()))) {
                while (zip.getNextEntry() != null) {
                    zip.readAllBytes();
                }
            }
        }
    }

    @Test
    void theValidPartsArePatched() throws IOException {
        // what the empty input writes: the package the fuzzer damages must itself be patched
        Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(FuzzedPackage.of(FuzzedPackage.validParts()),
                List.of(finding(2, 1)), messages);

        assertThat(patched).isPresent();
        assertThat(patched.get().sheets()).containsKey("IKU");
    }

    @Test
    void aDamagedPartIsLeftToPoiWithoutAWordOnTheConsole() throws IOException {
        Map<String, String> parts = FuzzedPackage.validParts();
        parts.put("xl/styles.xml", "not a style sheet");
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(XlsxPatch.annotate(FuzzedPackage.of(parts), List.of(finding(2, 1)), messages)).isEmpty();
        } finally {
            System.setErr(console);
        }

        // the JDK's parser prints "[Fatal Error] :1:1: Content is not allowed in prolog." unless told otherwise
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static Finding finding(int row, int column) {
        return new Finding(new Location("parts.xlsx", row == 0 ? "" : "IKU", row, column), Category.SUM_MISMATCH,
                "sum", Severity.ERROR, Message.of("list.semicolon", "a", "b"), "1", "2");
    }
}
