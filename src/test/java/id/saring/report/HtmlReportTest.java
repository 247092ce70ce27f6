package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.model.Arah;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.model.Stated;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code report.html} written from a small run: what it says, in which language, and what it refuses to load. */
class HtmlReportTest {

    private static final String XLSX = "kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx";
    private static final String BROKEN = "kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx";
    // An agency file can hold anything, markup included; none of it may reach the page as markup.
    private static final String HOSTILE = "<script>alert('nilai')</script>";
    private static final String HOSTILE_FILE = "<img src=x onerror=alert(1)>.csv";
    private static final String HOSTILE_SHEET = "IKU \"2023\" & <b>";
    private static final String SHEET = "Realisasi Keuangan";
    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2024, 1, 31, 10, 0, 0, 123_000_000,
            ZoneOffset.ofHours(7));

    private static CapaianResult capaian(String opd, int row, String hitung) {
        CapaianRecord r = new CapaianRecord(new Location(XLSX, SHEET, row, -1), opd, "2023", "", "Indikator " + row,
                "", Stated.absent(), Stated.absent(), Stated.absent(), Stated.absent(), List.of());
        return new CapaianResult(r, Arah.NAIK, Optional.ofNullable(hitung).map(BigDecimal::new), "");
    }

    private static final Finding CAPAIAN_MISMATCH = new Finding(new Location(XLSX, SHEET, 7, 5),
            Category.CAPAIAN_MISMATCH, "capaian.recompute", Severity.ERROR, Message.of("capaian.mismatch", "94,05%",
                    "F7", Message.of("formula.naik", new BigDecimal("79.4"), new BigDecimal("84")),
                    new BigDecimal("94.52")), "94,05%", "94.52");
    private static final Finding HOSTILE_VALUE = new Finding(new Location(HOSTILE_FILE, HOSTILE_SHEET, 3, 6),
            Category.UNPARSEABLE_VALUE, "value.parse", Severity.WARNING,
            Message.of("number.unreadable", HOSTILE, "G3", Message.of("reason.not-a-number")), HOSTILE, HOSTILE);
    private static final Finding HIDDEN_ROW = new Finding(new Location(XLSX, SHEET, 12, -1),
            Category.HIDDEN_CONTENT, "hidden.rows", Severity.INFO, Message.of("hidden.row", "12", SHEET), "", "");
    private static final Finding UNREADABLE = new Finding(Location.ofFile(BROKEN), Category.UNREADABLE_FILE,
            "file.unreadable", Severity.ERROR, Message.of("file.unreadable.corrupt", "Error reading Zip content"), "",
            "");

    private static RunResult run() {
        BudgetLine line = new BudgetLine(new Location(XLSX, SHEET, 8, -1), "Kecamatan Sumber Harta", "2023",
                BudgetLevel.UNKNOWN, "", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", false, Stated.absent(),
                Stated.absent(), Stated.absent(), List.of());
        return new RunResult(
                List.of(new InputStatus(XLSX, Path.of(XLSX), "0a0e63149b3c", true, 2),
                        new InputStatus(BROKEN, Path.of(BROKEN), "", false, 0),
                        new InputStatus(HOSTILE_FILE, Path.of("x.csv"), "", true, 1)),
                List.of(),
                List.of(capaian("Kecamatan Sumber Harta", 7, "94.52"), capaian("Kecamatan Sumber Harta", 8, "95.84"),
                        capaian(HOSTILE, 9, "120.00"), capaian(HOSTILE, 10, null)),
                List.of(new BudgetResult(line, BudgetLevel.PROGRAM, Optional.empty(), Optional.empty())),
                List.of(CAPAIAN_MISMATCH, HOSTILE_VALUE, HIDDEN_ROW, UNREADABLE));
    }

    private static String write(Language language, Map<String, AnnotatedCopy> copies) throws IOException {
        StringWriter out = new StringWriter();
        MessageCatalog messages = new MessageCatalog(language);
        RunResult run = run();
        new HtmlReport(messages, "0.1.0").write(run, new RunSummary(run, messages), copies, GENERATED, out);
        return out.toString();
    }

    private static Document page(Language language) throws IOException {
        return Jsoup.parse(write(language, Map.of()));
    }

    private static List<String> texts(Document doc, String selector) {
        return doc.select(selector).eachText();
    }

    @Test
    void textFromAnInputIsEscapedInTheFindingsTableAndTheChart() throws IOException {
        String html = write(Language.ID, Map.of());

        String escaped = "&lt;script&gt;alert(&#39;nilai&#39;)&lt;/script&gt;";
        assertThat(html).doesNotContain("<script>alert", "<img", "<b>")
                .contains("<td class=\"file\">&lt;img src=x onerror=alert(1)&gt;.csv</td>",
                        "<td class=\"sheet\">IKU &quot;2023&quot; &amp; &lt;b&gt;</td>",
                        "<td>Nilai " + escaped + " di sel G3 tidak dapat dibaca: isinya bukan angka dan bukan predikat "
                                + "yang dikenal aturan.</td>",
                        "<td class=\"value\">" + escaped + "</td><td class=\"value\">" + escaped + "</td>",
                        "data-file=\"&lt;img src=x onerror=alert(1)&gt;.csv\"",
                        "<option value=\"&lt;img src=x onerror=alert(1)&gt;.csv\">",
                        ">" + escaped + "</text>");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").first().attributes().size()).isZero();
        assertThat(doc.select("img, b")).isEmpty();
        Element row = doc.select("#findings tbody tr").get(1);
        assertThat(row.select("td").eachText()).containsExactly(HOSTILE_FILE, HOSTILE_SHEET, "G3",
                "unparseable-value", "peringatan", "Nilai " + HOSTILE + " di sel G3 tidak dapat dibaca: isinya bukan "
                        + "angka dan bukan predikat yang dikenal aturan.", HOSTILE, HOSTILE);
    }

    @Test
    void totalsGiveTheRunsCountsInIndonesian() throws IOException {
        Document doc = page(Language.ID);

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("id-ID");
        assertThat(doc.title()).isEqualTo("Laporan saring");
        assertThat(doc.selectFirst("header .meta").text())
                .isEqualTo("saring 0.1.0 · dibuat 31 Januari 2024, 10:00 +07:00");
        assertThat(doc.selectFirst("header time").attr("datetime")).isEqualTo("2024-01-31T10:00:00+07:00");
        assertThat(texts(doc, ".totals .total")).containsExactly("3 berkas 2 terbaca, 1 tidak terbaca", "3 tabel",
                "4 rekaman capaian", "1 baris anggaran", "2 galat", "1 peringatan", "1 info");
    }

    @Test
    void everyFindingHasOneRowAndEveryRowShowsWithoutScript() throws IOException {
        Document doc = page(Language.ID);

        assertThat(doc.select("#findings tbody tr")).hasSize(4);
        assertThat(doc.select("#findings tbody tr[hidden]")).isEmpty();
        assertThat(doc.selectFirst("#filters").hasAttr("hidden")).isTrue();
        assertThat(doc.selectFirst(".count").text()).isEqualTo("Menampilkan 4 dari 4 temuan");
        assertThat(doc.select("#findings tbody tr").eachAttr("data-severity"))
                .containsExactly("error", "warning", "info", "error");
        assertThat(doc.select("#findings tbody tr").get(0).select("td").eachText()).containsExactly(
                "kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx", SHEET, "F7", "capaian-mismatch", "galat",
                "Capaian tertulis 94,05% di sel F7, padahal realisasi 79,4 / target 84 × 100 = 94,52%.", "94,05%",
                "94.52");
        assertThat(doc.select("#findings tbody tr").get(2).select("td.cell").text()).isEqualTo("baris 12");
        assertThat(doc.select("#findings tbody tr").get(3).select("td.cell").text()).isEmpty();
        assertThat(doc.select("#filter-category option").eachAttr("value"))
                .containsExactly("", "capaian-mismatch", "hidden-content", "unparseable-value", "unreadable-file");
        assertThat(doc.select("#filter-severity option").eachText())
                .containsExactly("Semua", "galat", "peringatan", "info");
        assertThat(doc.select("#filter-file option").eachAttr("value")).containsExactly("", HOSTILE_FILE,
                XLSX, BROKEN);
    }

    @Test
    void capaianChartGivesTheMeanPerAgencyTheIndonesianWay() throws IOException {
        Document doc = page(Language.ID);

        // (94,52 + 95,84) / 2 = 95,18; agencies in the order the run met them, as in the workbooks
        assertThat(texts(doc, ".charts .capaian svg g.row > title")).containsExactly(
                "Kecamatan Sumber Harta: 95,18 (2 indikator)", HOSTILE + ": 120,00 (1 dari 2 indikator)");
        assertThat(texts(doc, ".charts .categories svg g.row > title")).containsExactly(
                "capaian-mismatch: 1", "hidden-content: 1", "unparseable-value: 1", "unreadable-file: 1");
        assertThat(doc.select(".charts .categories svg rect").eachAttr("class"))
                .containsExactly("sev-error", "sev-info", "sev-warning", "sev-error");
        assertThat(texts(doc, ".charts .files svg g.row > title")).containsExactly(
                "kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx: 2", HOSTILE_FILE + ": 1", BROKEN + ": 1");
    }

    @Test
    void englishPageHasEnglishLabels() throws IOException {
        Document doc = page(Language.EN);

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Check of performance and budget data");
        assertThat(doc.selectFirst("header .meta").text())
                .isEqualTo("saring 0.1.0 · generated 31 January 2024, 10:00 +07:00");
        assertThat(texts(doc, "#findings thead th")).containsExactly("File", "Sheet", "Cell", "Category", "Severity",
                "Message", "Value stated", "Expected");
        assertThat(texts(doc, ".totals .total")).containsExactly("3 files 2 read, 1 unreadable", "3 tables",
                "4 capaian records", "1 budget lines", "2 errors", "1 warnings", "1 info");
        assertThat(doc.selectFirst(".count").text()).isEqualTo("Showing 4 of 4 findings");
        assertThat(texts(doc, "#findings tbody .badge")).containsExactly("error", "warning", "info", "error");
        assertThat(doc.select("#filters label").stream().map(Element::ownText))
                .containsExactly("File", "Category", "Severity");
        assertThat(doc.select("#filters option[value=\"\"]").eachText()).containsExactly("All", "All", "All");
        assertThat(texts(doc, ".charts .capaian svg g.row > title")).contains(
                "Kecamatan Sumber Harta: 95.18 (2 indicators)");
        assertThat(doc.select("#findings tbody tr").get(2).select("td.cell").text()).isEqualTo("row 12");
    }

    @Test
    void findingsLinkToTheirCellInTheAnnotatedCopyWhenItHasBeenMade() throws IOException {
        AnnotatedCopy copy = new AnnotatedCopy(XLSX, "annotated/kecamatan sumber harta/kinerja#anggaran:2023.xlsx",
                Map.of(SHEET, SHEET));

        Document doc = Jsoup.parse(write(Language.ID, Map.of(XLSX, copy)));

        List<Element> rows = doc.select("#findings tbody tr");
        Element link = rows.get(0).selectFirst("td.cell a");
        assertThat(link.text()).isEqualTo("F7");
        assertThat(link.attr("href"))
                .isEqualTo("annotated/kecamatan%20sumber%20harta/kinerja%23anggaran%3A2023.xlsx");
        assertThat(link.attr("title")).isEqualTo("Salinan beranotasi annotated/kecamatan sumber harta/"
                + "kinerja#anggaran:2023.xlsx; lihat sel 'Realisasi Keuangan'!F7");
        assertThat(rows.get(2).selectFirst("td.cell a").text()).isEqualTo("baris 12");
        assertThat(rows.get(2).selectFirst("td.cell a").attr("title")).endsWith("lihat sel 'Realisasi Keuangan'!A12");
        // no copy was made of the other files: their findings link nowhere
        assertThat(rows.get(1).select("a")).isEmpty();
        assertThat(rows.get(3).select("a")).isEmpty();
    }

    @Test
    void thePageReferencesNothingOutsideItself() throws IOException {
        AnnotatedCopy copy = new AnnotatedCopy(XLSX, "annotated/" + XLSX, Map.of(SHEET, SHEET));
        Document doc = Jsoup.parse(write(Language.ID, Map.of(XLSX, copy)));

        List<String> references = doc.select("[src], [href]").stream()
                .flatMap(e -> java.util.stream.Stream.of(e.attr("src"), e.attr("href")))
                .filter(r -> !r.isEmpty()).toList();
        assertThat(references).isNotEmpty().allSatisfy(r -> assertThat(r)
                .doesNotContain("http://", "https://").doesNotStartWith("//").doesNotContainIgnoringCase("javascript:"));
        assertThat(doc.select("link[rel=stylesheet], script[src], img, iframe, object, embed")).isEmpty();
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
    }

    @Test
    void anEmptyRunSaysSoInsteadOfDrawingEmptyCharts() throws IOException {
        StringWriter out = new StringWriter();
        MessageCatalog messages = new MessageCatalog(Language.ID);
        RunResult empty = new RunResult(List.of(), List.of(), List.of(), List.of(), List.of());
        new HtmlReport(messages, "0.1.0").write(empty, new RunSummary(empty, messages), Map.of(), GENERATED, out);
        Document doc = Jsoup.parse(out.toString());

        assertThat(doc.select("svg")).isEmpty();
        assertThat(texts(doc, ".charts .empty")).containsExactly("Tidak ada capaian yang dapat dihitung ulang.",
                "Tidak ada temuan.", "Tidak ada temuan.");
        assertThat(doc.select("#findings tbody tr")).isEmpty();
        assertThat(doc.selectFirst("#none-shown").hasAttr("hidden")).isFalse();
        assertThat(doc.selectFirst("#none-shown").text()).isEqualTo("Tidak ada temuan.");
        assertThat(doc.selectFirst(".count").text()).isEqualTo("Menampilkan 0 dari 0 temuan");
    }
}
