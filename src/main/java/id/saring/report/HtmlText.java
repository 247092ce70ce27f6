package id.saring.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text put into an HTML page. Every text an input holds (an agency file may name a sheet {@code <script>}) goes
 * through here, so that no input can open a tag, close an attribute or add a link of its own.
 */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * {@code text} safe as element content and as a quoted attribute value: {@code & < > " '} become character
     * references; nothing else changes.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A relative link to the file at {@code path} ({@code /} between folders), each folder and file name
     * percent-encoded as UTF-8: {@code annotated/dinas kesehatan/iku#1.xlsx} →
     * {@code annotated/dinas%20kesehatan/iku%231.xlsx}. A name can therefore neither start a scheme
     * ({@code :} is encoded) nor a query or fragment; the result still needs {@link #escape} inside an attribute.
     */
    static String href(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
