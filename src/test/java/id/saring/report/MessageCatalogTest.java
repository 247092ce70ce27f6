package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.saring.model.Message;
import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MessageCatalogTest {

    private final MessageCatalog id = new MessageCatalog(Language.ID);
    private final MessageCatalog en = new MessageCatalog(Language.EN);

    @ParameterizedTest(name = "[{index}] {0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # number          | Indonesian        | English
            3489328596        | 3.489.328.596     | 3,489,328,596
            94.05             | 94,05             | 94.05
            6278516139.00     | 6.278.516.139,00  | 6,278,516,139.00
            -10000.00         | -10.000,00        | -10,000.00
            0.313             | 0,313             | 0.313
            100               | 100               | 100
            1E+3              | 1.000             | 1,000
            """)
    void numbersAreWrittenWithTheLanguagesSeparatorsAndTheirOwnDecimals(BigDecimal number, String indonesian,
            String english) {
        assertThat(id.number(number)).isEqualTo(indonesian);
        assertThat(en.number(number)).isEqualTo(english);
    }

    @Test
    void indonesianIsWrittenWithTheNumbersInIndonesianStyle() {
        Message m = Message.of("serapan.mismatch", "97%", "J8", new BigDecimal("239107600"),
                new BigDecimal("241647000"), new BigDecimal("98.95"));

        assertThat(id.render(m)).isEqualTo("Serapan anggaran tertulis 97% di sel J8, padahal realisasi 239.107.600 "
                + "/ pagu 241.647.000 × 100 = 98,95%.");
        assertThat(en.render(m)).isEqualTo("The budget absorption stated in cell J8 is 97%, but realisasi "
                + "239,107,600 / pagu 241,647,000 × 100 = 98.95%.");
    }

    @Test
    void nestedMessagesAreRenderedInTheSameLanguage() {
        Message m = Message.of("capaian.mismatch", "94,05%", "F5",
                Message.of("formula.naik", new BigDecimal("79.35"), new BigDecimal("84")), new BigDecimal("94.46"));

        assertThat(id.render(m)).isEqualTo(
                "Capaian tertulis 94,05% di sel F5, padahal realisasi 79,35 / target 84 × 100 = 94,46%.");
        assertThat(en.render(m)).isEqualTo(
                "The capaian stated in cell F5 is 94,05%, but realisasi 79.35 / target 84 × 100 = 94.46%.");
    }

    @Test
    void messagesNestedTwoDeepAreRendered() {
        Message m = Message.of("sum.group", Message.of("column.realisasi"), "C26",
                new BigDecimal("1891605425158.08"), 6, new BigDecimal("1891605435158.08"), new BigDecimal("-10000.00"));

        assertThat(id.render(m)).isEqualTo("Realisasi baris ini di sel C26 tertulis 1.891.605.425.158,08, padahal "
                + "jumlah 6 baris rinciannya 1.891.605.435.158,08 (selisih -10.000,00).");
    }

    @Test
    void unreadableValueNamesItsReason() {
        Message m = Message.of("number.unreadable", "11.879.357.00", "I20", Message.of("reason.broken-grouping"));

        assertThat(id.render(m)).isEqualTo("Nilai 11.879.357.00 di sel I20 tidak dapat dibaca: pemisah ribuannya "
                + "tidak membentuk kelompok tiga angka.");
        assertThat(en.render(m)).isEqualTo("The value 11.879.357.00 in cell I20 cannot be read: its thousands "
                + "separators do not form groups of three digits.");
    }

    @Test
    void renderByKeyIsRenderOfTheMessage() {
        assertThat(id.render("severity.warning")).isEqualTo("peringatan");
        assertThat(en.render("severity.warning")).isEqualTo("warning");
        assertThat(id.render("usage.error", "x")).isEqualTo("x (lihat 'saring --help')");
    }

    @Test
    void unknownKeyIsAnErrorThatNamesTheKey() {
        assertThatThrownBy(() -> id.render("no.such.key")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.key");
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyReasonAFileIsUnreadableHasItsMessage(Problem problem) throws IOException {
        // the pipeline names the message after the problem: CORRUPT gives file.unreadable.corrupt
        String key = "file.unreadable." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-');

        assertThat(load("messages.properties").getProperty(key)).as(key).isNotBlank();
        assertThat(load("messages_en.properties").getProperty(key)).as(key).isNotBlank();
    }

    @Test
    void aZipBombIsNamedWithItsPartAndTheLimitItBreaks() {
        Message m = Message.of("file.unreadable.compression-ratio", "xl/worksheets/sheet1.xml",
                new BigDecimal("2068"), new BigDecimal("100"));

        assertThat(id.render(m)).isEqualTo("Bagian xl/worksheets/sheet1.xml di dalam berkas ini mengembang 2.068 kali "
                + "ukuran terkompresinya, melebihi batas 100 kali; berkas seperti ini adalah bom zip dan tidak dibuka.");
        assertThat(en.render(m)).isEqualTo("The part xl/worksheets/sheet1.xml of this file unpacks to 2,068 times its "
                + "packed size, more than the limit of 100 times; a file like this is a zip bomb and is not opened.");
    }

    @Test
    void englishCatalogueHasEveryKeyOfTheIndonesianOne() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageCatalogTest.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
