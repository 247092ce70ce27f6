package id.saring.report;

import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Severity;
import id.saring.report.RunSummary.Tally;
import id.saring.report.SvgBarChart.Bar;
import id.saring.report.SvgBarChart.Cut;
import id.saring.report.SvgBarChart.Reference;
import id.saring.report.SvgBarChart.Segment;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes {@code report.html}: one page a planner opens in a browser, with the run's totals, charts of the mean
 * capaian per agency, of the findings per category and of the files with the most findings, and every finding in a
 * table that can be filtered by file, category and severity.
 *
 * <p>The page is self-contained and loads nothing: its style, script and charts are inline, and its
 * Content-Security-Policy forbids any other source, so it opens the same offline as on an office network. Every
 * text taken from an input is escaped. Without JavaScript the filters stay hidden and every finding shows. Every
 * label comes from the message catalog, in its language.
 */
final class HtmlReport {

    // Only inline style and script run; nothing is fetched, not even a favicon (the empty data: icon).
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
    // Capaian is a percentage of the target; 100 marks a target met exactly.
    private static final BigDecimal TARGET_MET = BigDecimal.valueOf(100);
    // Stand-ins for the pieces of markup a message holds, from Unicode's private use area, which no message uses.
    private static final String[] TOKENS = {"\uE000", "\uE001", "\uE002"};
    // Enough files to show where the work lies while the chart stays beside the others on a laptop screen.
    private static final int FILES_CHARTED = 8;
    private static final List<String> COLUMNS = List.of("file", "sheet", "cell", "category", "severity", "message",
            "value", "expected");

    private final MessageCatalog messages;
    private final String version;

    HtmlReport(MessageCatalog messages, String version) {
        this.messages = messages;
        this.version = version;
    }

    /**
     * Writes the page of {@code result}. A finding links to its cell in the annotated copy of its file when
     * {@code copies} (keyed by the input's name as findings give it) holds that file, and has no link otherwise.
     */
    void write(RunResult result, RunSummary summary, Map<String, AnnotatedCopy> copies, OffsetDateTime generated,
            Writer out)
            throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + messages.language().locale().toLanguageTag() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"saring " + text(version) + "\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n"
                + "<title>" + text(messages.render("html.title")) + "</title>\n"
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n");
        header(generated, out);
        out.write("<main>\n");
        totals(result, out);
        charts(result, summary, out);
        findings(result, copies, out);
        out.write("</main>\n<footer>" + text(messages.render("html.footer", "saring", version)) + "</footer>\n");
        out.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private void header(OffsetDateTime generated, Writer out) throws IOException {
        OffsetDateTime at = generated.truncatedTo(ChronoUnit.SECONDS);
        String time = "<time datetime=\"" + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\">"
                + text(at.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm xxx",
                        messages.language().locale())))
                + "</time>";
        out.write("<header class=\"page\"><div class=\"inner\"><h1>" + text(messages.render("html.heading"))
                + "</h1><p class=\"meta\">" + markup("html.meta", text("saring"), text(version), time)
                + "</p></div></header>\n");
    }

    private void totals(RunResult result, Writer out) throws IOException {
        long read = result.inputs().size() - result.unreadable();
        out.write("<section class=\"totals\" aria-label=\"" + text(messages.render("html.totals")) + "\">\n");
        total(out, "", result.inputs().size(), "html.total.files",
                messages.render("html.total.files-detail", number(read), number(result.unreadable())));
        total(out, "", result.tableCount(), "html.total.tables", "");
        total(out, "", result.capaian().size(), "html.total.capaian", "");
        total(out, "", result.budget().size(), "html.total.budget", "");
        for (Severity s : Severity.values()) {
            total(out, " sev-" + s.code(), result.count(s), "html.total." + s.code(), "");
        }
        out.write("</section>\n");
    }

    private void total(Writer out, String style, long n, String key, String detail) throws IOException {
        out.write("<div class=\"total" + style + "\"><div class=\"n\">" + text(number(n)) + "</div><div class=\"k\">"
                + text(messages.render(key)) + "</div>"
                + (detail.isEmpty() ? "" : "<div class=\"d\">" + text(detail) + "</div>") + "</div>\n");
    }

    private void charts(RunResult result, RunSummary summary, Writer out) throws IOException {
        out.write("<section class=\"charts\">\n");
        panel(out, "capaian", "html.chart.capaian",
                "<p class=\"note\">" + text(messages.render("html.chart.capaian-note")) + "</p>",
                capaianChart(summary));
        panel(out, "categories", "html.chart.findings", legend(), findingsChart(summary.perCategory()));
        List<Bar> files = severityBars(summary.perFile());
        List<Bar> charted = files.subList(0, Math.min(FILES_CHARTED, files.size()));
        panel(out, "files", "html.chart.files", files.isEmpty() ? ""
                : "<p class=\"note\">" + text(messages.render("html.chart.files-note", charted.size(), files.size()))
                        + "</p>",
                files.isEmpty() ? empty("html.chart.no-findings")
                        : new SvgBarChart(messages.render("html.chart.files"), 700, 340, 40, Cut.MIDDLE)
                                .svg(charted, Optional.empty()));
        out.write("</section>\n");
    }

    private void panel(Writer out, String style, String titleKey, String caption, String chart) throws IOException {
        out.write("<figure class=\"panel " + style + "\"><figcaption><h2>" + text(messages.render(titleKey)) + "</h2>"
                + caption + "</figcaption>\n" + chart + "\n</figure>\n");
    }

    private String empty(String key) {
        return "<p class=\"empty\">" + text(messages.render(key)) + "</p>";
    }

    private String legend() {
        StringBuilder legend = new StringBuilder("<p class=\"note legend\">");
        for (Severity s : Severity.values()) {
            legend.append("<span class=\"key\"><span class=\"swatch sev-").append(s.code()).append("\"></span>")
                    .append(text(messages.render("severity." + s.code()))).append("</span>");
        }
        return legend.append("</p>").toString();
    }

    /** The mean capaian of each agency with indicators, its names grouped as every summary groups them. */
    private String capaianChart(RunSummary summary) {
        List<Bar> bars = new ArrayList<>();
        for (RunSummary.AgencyRow a : summary.perAgency()) {
            if (a.indicators() == 0) {
                continue;
            }
            String note = a.computed() == a.indicators()
                    ? messages.render("html.chart.indicators", a.computed())
                    : messages.render("html.chart.indicators-of", a.computed(), a.indicators());
            Optional<BigDecimal> mean = Optional.ofNullable(a.meanCapaian());
            bars.add(new Bar(a.opd(), mean.map(m -> List.of(new Segment(m, "capaian"))).orElse(List.of()),
                    mean.map(messages::number).orElse("–"), note));
        }
        if (bars.isEmpty()) {
            return empty("html.chart.no-capaian");
        }
        return new SvgBarChart(messages.render("html.chart.capaian"), 700, 270, 185, Cut.END)
                .svg(bars, Optional.of(new Reference(TARGET_MET, messages.number(TARGET_MET) + " %")));
    }

    private String findingsChart(List<Tally> categories) {
        List<Bar> bars = severityBars(categories);
        if (bars.isEmpty()) {
            return empty("html.chart.no-findings");
        }
        return new SvgBarChart(messages.render("html.chart.findings"), 490, 150, 40, Cut.END)
                .svg(bars, Optional.empty());
    }

    /**
     * One bar per category or file with findings, made of a segment per severity, the most frequent first (what
     * most needs a look), equal counts in order of their label.
     */
    private List<Bar> severityBars(List<Tally> tallies) {
        List<Bar> bars = new ArrayList<>();
        for (Tally t : tallies) {
            if (t.total() == 0) {
                continue;
            }
            List<Segment> segments = t.findings().entrySet().stream().filter(s -> s.getValue() > 0)
                    .map(s -> new Segment(BigDecimal.valueOf(s.getValue()), "sev-" + s.getKey().code())).toList();
            bars.add(new Bar(t.key(), segments, number(t.total()), ""));
        }
        bars.sort(Comparator.comparing(Bar::label));
        bars.sort(Comparator.comparing(Bar::length).reversed());
        return bars;
    }

    private void findings(RunResult result, Map<String, AnnotatedCopy> copies, Writer out) throws IOException {
        List<Finding> findings = result.findings();
        out.write("<section class=\"panel findings\">\n<h2 id=\"findings-title\">"
                + text(messages.render("html.findings")) + "</h2>\n");
        out.write("<div id=\"filters\" class=\"filters\" hidden>\n");
        filter(out, "file", "html.filter.file",
                new TreeSet<>(findings.stream().map(f -> f.location().file()).toList()).stream()
                        .map(file -> new Option(file, file)).toList());
        filter(out, "category", "html.filter.category",
                new TreeSet<>(findings.stream().map(f -> f.category().code()).toList()).stream()
                        .map(code -> new Option(code, code)).toList());
        filter(out, "severity", "html.filter.severity",
                findings.stream().map(Finding::severity).distinct().sorted()
                        .map(s -> new Option(s.code(), messages.render("severity." + s.code()))).toList());
        out.write("</div>\n");
        out.write("<p class=\"count\" aria-live=\"polite\">"
                + markup("html.shown", "<span id=\"shown-count\">" + text(number(findings.size())) + "</span>",
                        text(number(findings.size())))
                + "</p>\n");
        out.write("<table id=\"findings\" aria-labelledby=\"findings-title\">\n<colgroup>");
        for (String column : COLUMNS) {
            out.write("<col class=\"c-" + column + "\">");
        }
        out.write("</colgroup>\n<thead><tr>");
        for (String column : COLUMNS) {
            out.write("<th scope=\"col\">" + text(messages.render("html.column." + column)) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            row(f, copies.get(f.location().file()), out);
        }
        out.write("</tbody>\n</table>\n<p id=\"none-shown\" class=\"empty\"" + (findings.isEmpty() ? "" : " hidden")
                + ">" + text(messages.render(findings.isEmpty() ? "html.none" : "html.none-shown")) + "</p>\n"
                + "</section>\n");
    }

    /** One choice of a filter: the value the rows carry, and what the planner reads. */
    private record Option(String value, String label) {
    }

    private void filter(Writer out, String name, String key, List<Option> options) throws IOException {
        out.write("<label>" + text(messages.render(key)) + " <select id=\"filter-" + name + "\" data-filter=\""
                + name + "\" autocomplete=\"off\"><option value=\"\">" + text(messages.render("html.filter.all"))
                + "</option>");
        for (Option option : options) {
            out.write("<option value=\"" + text(option.value()) + "\">" + text(option.label()) + "</option>");
        }
        out.write("</select></label>\n");
    }

    private void row(Finding f, AnnotatedCopy copy, Writer out) throws IOException {
        Location l = f.location();
        String severity = f.severity().code();
        int slash = l.file().lastIndexOf('/');
        String file = slash < 0 ? text(l.file())
                : "<span class=\"dir\">" + text(l.file().substring(0, slash + 1)) + "</span>"
                        + text(l.file().substring(slash + 1));
        String place = !l.cell().isEmpty() ? l.cell()
                : l.row() > 0 ? messages.render("html.row", String.valueOf(l.row())) : "";
        out.write("<tr data-file=\"" + text(l.file()) + "\" data-category=\"" + f.category().code()
                + "\" data-severity=\"" + severity + "\">"
                + "<td class=\"file\">" + file + "</td>"
                + "<td class=\"sheet\">" + text(l.sheet()) + "</td>"
                + "<td class=\"cell\">" + (copy == null ? text(place) : link(copy, l, place)) + "</td>"
                + "<td class=\"category\">" + f.category().code() + "</td>"
                + "<td><span class=\"badge sev-" + severity + "\">" + text(messages.render("severity." + severity))
                + "</span></td>"
                + "<td>" + text(messages.render(f.message())) + "</td>"
                + "<td class=\"value\">" + text(f.value()) + "</td>"
                + "<td class=\"value\">" + text(f.expected()) + "</td>"
                + "</tr>\n");
    }

    /**
     * The finding's place as a link to the annotated copy. A browser downloads a workbook rather than opening it
     * at a cell, so the link goes to the file and its title names the sheet and cell to look at. A finding about
     * a whole file, which has no place to show, links with the word "open".
     */
    private String link(AnnotatedCopy copy, Location l, String place) {
        String sheetAndCell = copy.place(l);
        return "<a href=\"" + text(HtmlText.href(copy.path())) + "\" title=\""
                + text(messages.render("html.copy.title", copy.path(), sheetAndCell))
                + "\">" + text(place.isEmpty() ? messages.render("html.copy.open") : place) + "</a>";
    }

    private String number(long n) {
        return messages.number(BigDecimal.valueOf(n));
    }

    private static String text(String s) {
        return HtmlText.escape(s);
    }

    /** The message {@code key} escaped, with its arguments replaced by the given pieces of HTML. */
    private String markup(String key, String... html) {
        String rendered = text(messages.render(key, (Object[]) Arrays.copyOf(TOKENS, html.length)));
        for (int i = 0; i < html.length; i++) {
            rendered = rendered.replace(TOKENS[i], html[i]);
        }
        return rendered;
    }

    private static final String STYLE = """
            :root{--ink:#1d2733;--muted:#5d6978;--line:#dfe4ea;--bg:#f3f5f8;--panel:#fff;--head:#16324f;\
            --error:#c62828;--warning:#f2a900;--warning-ink:#8a5a00;--info:#8d96a3;--capaian:#2d6cb5}
            *{box-sizing:border-box}
            [hidden]{display:none!important}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--ink);\
            font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
            header.page{background:var(--head);color:#fff}
            header.page .inner,main,footer{max-width:1320px;margin:0 auto;padding-left:24px;padding-right:24px}
            header.page .inner{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;\
            gap:4px 24px;padding-top:14px;padding-bottom:14px}
            h1{margin:0;font-size:20px;font-weight:600;letter-spacing:.01em}
            .meta{margin:0;color:#c8d5e3;font-size:13px}
            main{padding-top:18px;padding-bottom:24px}
            h2{margin:0 0 2px;font-size:15px;font-weight:600}
            .panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:0}
            .totals{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:12px;margin-bottom:16px}
            .total{background:var(--panel);border:1px solid var(--line);border-top:3px solid var(--capaian);\
            border-radius:8px;padding:9px 14px}
            .total .n{font-size:24px;font-weight:650;font-variant-numeric:tabular-nums;line-height:1.2}
            .total .k{color:var(--muted);font-size:12.5px}
            .total .d{color:var(--muted);font-size:12px}
            .total.sev-error{border-top-color:var(--error)}
            .total.sev-warning{border-top-color:var(--warning)}
            .total.sev-info{border-top-color:var(--info)}
            .charts{display:grid;grid-template-columns:minmax(0,7fr) minmax(0,5fr);grid-template-rows:auto 1fr;\
            grid-template-areas:"capaian categories" "files categories";gap:16px;margin-bottom:16px;align-items:start}
            .charts .capaian{grid-area:capaian}
            .charts .categories{grid-area:categories}
            .charts .files{grid-area:files;align-self:stretch}
            figcaption{margin-bottom:6px}
            .note{margin:0;color:var(--muted);font-size:12.5px}
            .legend .key{display:inline-flex;align-items:center;gap:5px;margin-right:14px}
            .swatch{display:inline-block;width:11px;height:11px;border-radius:2px}
            .swatch.sev-error{background:var(--error)}
            .swatch.sev-warning{background:var(--warning)}
            .swatch.sev-info{background:var(--info)}
            svg.chart{display:block;width:100%;height:auto;font-size:12px;font-family:inherit}
            svg .label{fill:var(--ink)}
            svg .figure{fill:var(--ink);font-weight:600;font-variant-numeric:tabular-nums;paint-order:stroke;\
            stroke:#fff;stroke-width:3px;stroke-linejoin:round}
            svg .note{fill:var(--muted);font-weight:400}
            svg rect.capaian{fill:var(--capaian)}
            svg rect.sev-error{fill:var(--error)}
            svg rect.sev-warning{fill:var(--warning)}
            svg rect.sev-info{fill:var(--info)}
            svg line.reference{stroke:var(--muted);stroke-dasharray:3 3}
            svg text.reference{fill:var(--muted);font-size:11px}
            svg .row:hover .label{font-weight:600}
            .filters{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;margin:10px 0 4px}
            .filters label{color:var(--muted);font-size:13px}
            .filters select{margin-left:4px;font:inherit;font-size:13px;color:var(--ink);max-width:360px;\
            padding:4px 6px;border:1px solid #c3ccd6;border-radius:6px;background:#fff}
            .count{margin:8px 0;color:var(--muted);font-size:13px}
            table{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed;font-size:13px}
            col.c-file{width:13%}col.c-sheet{width:9.5%}col.c-cell{width:6%}col.c-category{width:11.5%}\
            col.c-severity{width:8%}col.c-value{width:10%}col.c-expected{width:7.5%}
            thead th{position:sticky;top:0;z-index:1;background:#e9eef4;color:#34404e;text-align:left;font-size:12px;\
            font-weight:600;padding:8px 7px;border-bottom:1px solid #cfd7e0}
            tbody td{padding:7px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word}
            tbody tr:hover td{background:#f6f9fc}
            td.file,td.sheet{font-size:12.5px}
            td.file .dir{display:block;color:var(--muted);font-size:12px}
            td.cell,td.value{font-variant-numeric:tabular-nums}
            td.category{font-size:12.5px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
            .badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;font-weight:600;\
            white-space:nowrap}
            .badge.sev-error{background:var(--error);color:#fff}
            .badge.sev-warning{background:var(--warning);color:#3b2600}
            .badge.sev-info{background:#e3e6eb;color:#3e4855}
            a{color:var(--capaian)}
            .empty{color:var(--muted);margin:10px 0}
            footer{color:var(--muted);font-size:12px;padding-bottom:24px}
            @media (max-width:1000px){.totals{grid-template-columns:repeat(4,minmax(0,1fr))}\
            .charts{grid-template-columns:minmax(0,1fr);grid-template-areas:"capaian" "categories" "files"}}
            @media print{thead th{position:static}.filters{display:none!important}}
            """;

    // Plain ES5 so that any browser a government office runs can filter; filters match the rows' data attributes.
    private static final String SCRIPT = """
            (function () {
              var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
              var selects = Array.prototype.slice.call(document.querySelectorAll('#filters select'));
              var shown = document.getElementById('shown-count');
              var none = document.getElementById('none-shown');
              var lang = document.documentElement.lang;
              function apply() {
                var n = 0;
                rows.forEach(function (row) {
                  var match = selects.every(function (s) {
                    return s.value === '' || row.getAttribute('data-' + s.getAttribute('data-filter')) === s.value;
                  });
                  row.hidden = !match;
                  if (match) { n++; }
                });
                shown.textContent = n.toLocaleString(lang);
                none.hidden = n > 0;
              }
              selects.forEach(function (s) { s.addEventListener('change', apply); });
              document.getElementById('filters').hidden = false;
              apply();
            })();
            """;
}
