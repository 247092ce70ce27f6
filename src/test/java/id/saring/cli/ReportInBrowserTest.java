package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the {@code report.html} of {@code saring run input-samples} in headless Chromium, as a planner opens it in
 * a browser: the findings table shows every finding of the samples (130, as {@code input-samples/README.md} lists
 * them), its filters show the right ones, and the page asks the network for nothing. The screenshot it takes is
 * the README's picture of the report ({@code docs/report.png}).
 *
 * <p>Needs Debian's {@code chromium}; without it the test is skipped, unless {@code SARING_BROWSER_REQUIRED=1} (set
 * by {@code .ci/run}) makes a missing browser a failure.
 */
class ReportInBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 900;
    // The README's picture shows the charts and the first findings: more than the laptop's viewport.
    private static final int SHOT_HEIGHT = 1300;
    private static final String VISIBLE_ROWS = "Array.from(document.querySelectorAll('#findings tbody tr'))"
            + ".filter(r => r.getClientRects().length > 0).length";

    @TempDir
    Path out;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theReportShowsEveryFindingFiltersThemAndRequestsNothingButItself() throws Exception {
        Path chromium = chromium();
        int code = Main.run(new String[] {"run", "input-samples", "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isEqualTo(1);
        String report = out.resolve("report.html").toUri().toString();

        try (HeadlessChromium browser = HeadlessChromium.start(chromium)) {
            browser.send("Network.enable");
            browser.send("Page.enable");
            browser.send("Runtime.enable");
            browser.send("Emulation.setDeviceMetricsOverride", browser.params().put("width", WIDTH)
                    .put("height", HEIGHT).put("deviceScaleFactor", 1).put("mobile", false));
            CompletableFuture<JsonNode> loaded = browser.next("Page.loadEventFired");
            browser.send("Page.navigate", browser.params().put("url", report));
            loaded.get(HeadlessChromium.WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(browser.evaluate("document.getElementById('filters').hidden").asBoolean()).isFalse();
            assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(130);
            assertThat(browser.evaluate("document.querySelector('.count').textContent").asText())
                    .isEqualTo("Menampilkan 130 dari 130 temuan");
            screenshot(browser);
            // scrolled down the table, its header stays in view
            browser.evaluate("window.scrollTo(0, 2500)");
            assertThat(browser.evaluate("document.querySelector('#findings thead th').getBoundingClientRect().top")
                    .asDouble()).isZero();

            choose(browser, "filter-category", "capaian-mismatch");
            assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(14);
            assertThat(browser.evaluate("document.querySelector('.count').textContent").asText())
                    .isEqualTo("Menampilkan 14 dari 130 temuan");

            choose(browser, "filter-category", "");
            choose(browser, "filter-severity", "error");
            assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(74);

            choose(browser, "filter-file", "kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx");
            assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(1);

            List<String> requests = browser.events("Network.requestWillBeSent").stream()
                    .map(e -> e.get("request").get("url").asText()).toList();
            assertThat(requests).contains(report)
                    .allSatisfy(url -> assertThat(url.equals(report) || url.startsWith("data:"))
                            .as("request for %s", url).isTrue());
            assertThat(browser.events("Runtime.exceptionThrown")).isEmpty();
        }
    }

    /** Where chromium is, or the reason the test cannot run. */
    private static Path chromium() {
        return HeadlessChromium.locate().orElseGet(() -> {
            String why = "no chromium at /usr/bin/chromium or on the PATH: install Debian's chromium "
                    + "(apt-get install chromium) to render report.html";
            if ("1".equals(System.getenv("SARING_BROWSER_REQUIRED"))) {
                fail(why);
            }
            Assumptions.assumeTrue(false, why);
            return null;
        });
    }

    private static void choose(HeadlessChromium browser, String filter, String value) throws Exception {
        browser.evaluate("(() => { const s = document.getElementById('" + filter + "'); s.value = '" + value
                + "'; s.dispatchEvent(new Event('change')); return s.value; })()");
    }

    private static void screenshot(HeadlessChromium browser) throws Exception {
        ObjectNode params = browser.params().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", 0).put("y", 0).put("width", WIDTH).put("height", SHOT_HEIGHT)
                .put("scale", 1);
        byte[] png = Base64.getDecoder().decode(browser.send("Page.captureScreenshot", params).get("data").asText());
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        // a blank or error page compresses to a few kilobytes; the report's charts and table do not
        assertThat(png.length).isBetween(40_000, 5_000_000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(SHOT_HEIGHT);
    }
}
