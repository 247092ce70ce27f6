package id.saring.report;

import java.io.IOException;
import java.io.Writer;

/** Text written into the XML of a workbook's parts. */
final class XmlText {

    private XmlText() {
    }

    /**
     * A cell's text as POI's {@code SheetDataWriter.outputEscapedString} writes it: {@code < > & "} and line
     * breaks, tabs and no-break spaces as entities, other control characters and U+FFFE, U+FFFF as {@code ?},
     * everything else as it is (a lone surrogate the encoder then writes as {@code ?}). Each run of characters that
     * needs nothing is written at once.
     */
    static void cell(Writer out, String s) throws IOException {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            String replacement = replacement(s.charAt(i));
            if (replacement != null) {
                out.write(s, start, i - start);
                out.write(replacement);
                start = i + 1;
            }
        }
        out.write(s, start, s.length() - start);
    }

    /** {@code s} as an attribute's value between double quotes, escaped as a cell's text is. */
    static String attribute(String s) {
        StringBuilder escaped = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                escaped.append(c);
            } else {
                escaped.append(replacement);
            }
        }
        return escaped.toString();
    }

    /** What a character is written as, or null when it is written as it is. */
    private static String replacement(char c) {
        if (c > '>' && c != '\u00A0' && c < '\uFFFE') {
            return null;
        }
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
        };
    }
}
