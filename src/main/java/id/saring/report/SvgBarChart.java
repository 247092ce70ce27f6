package id.saring.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A horizontal bar chart as inline SVG, for a page that may load nothing: one row per bar with its label on the
 * left, the bar made of coloured segments, and its figures right of the bar. Every text is escaped; a label too
 * long for its column is shortened with {@code …} and given whole in the row's tooltip.
 *
 * <p>The drawing scales to its container; drawn as wide as the container is on a laptop screen, its text shows at
 * the page's size.
 */
final class SvgBarChart {

    /** One coloured part of a bar; {@code style} is the CSS class that colours it. */
    record Segment(BigDecimal length, String style) {
    }

    /**
     * One row of the chart.
     *
     * @param figure the bar's figure, written bold after the bar ({@code 94,05})
     * @param note   a remark written after the figure ({@code 14 indikator}), empty for none
     */
    record Bar(String label, List<Segment> segments, String figure, String note) {

        Bar {
            segments = List.copyOf(segments);
        }

        BigDecimal length() {
            return segments.stream().map(Segment::length).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Where a label too long for its column loses characters. */
    enum Cut {
        /** At the end: names, whose start tells them apart ({@code Sekretariat Daerah Kabupaten Bengkul…}). */
        END,
        /** In the middle: file paths, whose folder and file name both matter ({@code kecamatan-sem…/iku-2023.csv}). */
        MIDDLE
    }

    /** A dashed vertical line across every bar at {@code at}, marked {@code label} above the chart. */
    record Reference(BigDecimal at, String label) {
    }

    // Room above the bars for the reference's mark.
    private static final int MARK = 18;
    private static final int ROW = 21;
    private static final int BAR = 13;
    private static final int GAP = 8;
    // A generous average character of the 12px sans-serif the page uses, to decide when to shorten a label.
    private static final double CHARACTER = 7.0;

    private final String title;
    private final int width;
    private final int labelWidth;
    private final int figureWidth;
    private final Cut cut;

    /**
     * @param title       what the chart shows, for screen readers and as its tooltip
     * @param width       the width of the drawing, in units of the page's pixels
     * @param labelWidth  the width of the label column
     * @param figureWidth the width kept right of the longest bar for its figure and note
     * @param cut         where a label too long for its column is shortened
     */
    SvgBarChart(String title, int width, int labelWidth, int figureWidth, Cut cut) {
        this.title = title;
        this.width = width;
        this.labelWidth = labelWidth;
        this.figureWidth = figureWidth;
        this.cut = cut;
    }

    /** The chart of {@code bars}, in their order; bar lengths are drawn to the longest bar or the reference. */
    String svg(List<Bar> bars, Optional<Reference> reference) {
        double scale = bars.stream().map(Bar::length).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        if (reference.isPresent()) {
            scale = Math.max(scale, reference.get().at().doubleValue());
        }
        double span = width - labelWidth - figureWidth;
        int top = reference.isPresent() ? MARK : 2;
        int height = top + bars.size() * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(HtmlText.escape(title)).append("\">")
                .append("<title>").append(HtmlText.escape(title)).append("</title>");
        // Drawn first, so that the figures written over it stay readable.
        if (reference.isPresent() && scale > 0) {
            String x = unit(labelWidth + reference.get().at().doubleValue() / scale * span);
            svg.append("<line class=\"reference\" x1=\"").append(x).append("\" y1=\"").append(top - 4)
                    .append("\" x2=\"").append(x).append("\" y2=\"").append(height - 2).append("\"/>")
                    .append("<text class=\"reference\" x=\"").append(x).append("\" y=\"").append(top - 7)
                    .append("\" text-anchor=\"middle\">").append(HtmlText.escape(reference.get().label()))
                    .append("</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * ROW;
            svg.append("<g class=\"row\"><title>").append(HtmlText.escape(tooltip(bar))).append("</title>");
            svg.append("<text class=\"label\" x=\"").append(labelWidth - GAP).append("\" y=\"").append(y + BAR - 3)
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(shortened(bar.label()))).append("</text>");
            double x = labelWidth;
            for (Segment s : bar.segments()) {
                // A negative figure (a capaian can fall below zero) draws no bar; its figure says it.
                double w = scale > 0 ? Math.max(0, s.length().doubleValue() / scale * span) : 0;
                if (w > 0) {
                    svg.append("<rect class=\"").append(HtmlText.escape(s.style())).append("\" x=\"").append(unit(x))
                            .append("\" y=\"").append(y).append("\" width=\"").append(unit(w)).append("\" height=\"")
                            .append(BAR).append("\"/>");
                }
                x += w;
            }
            svg.append("<text class=\"figure\" x=\"").append(unit(x + GAP - 2)).append("\" y=\"").append(y + BAR - 3)
                    .append("\">").append(HtmlText.escape(bar.figure()));
            if (!bar.note().isEmpty()) {
                svg.append("<tspan class=\"note\" dx=\"6\">").append(HtmlText.escape(bar.note())).append("</tspan>");
            }
            svg.append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String tooltip(Bar bar) {
        return bar.label() + ": " + bar.figure() + (bar.note().isEmpty() ? "" : " (" + bar.note() + ")");
    }

    private String shortened(String label) {
        int room = (int) ((labelWidth - GAP) / CHARACTER);
        if (label.length() <= room) {
            return label;
        }
        if (cut == Cut.END) {
            return label.substring(0, room - 1).strip() + "…";
        }
        int head = (room - 1) * 2 / 5;
        return label.substring(0, head) + "…" + label.substring(label.length() - (room - 1 - head));
    }

    private static String unit(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
