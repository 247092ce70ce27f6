package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds a document type declaration ({@code <!DOCTYPE …>}) in the prolog of an XML part, the only place one can
 * stand: before the first element, among the XML declaration, comments and processing instructions. A DOCTYPE is how
 * XML declares entities, so it is how both XML attacks begin: entities that expand into each other ("billion
 * laughs") and entities that name a file or an address for the parser to fetch (XXE). Excel and LibreOffice never
 * write one (the Open Packaging Conventions forbid DTDs in package parts), so any DOCTYPE marks a crafted file.
 *
 * <p>The prolog is read as the bytes say: UTF-32 or UTF-16 by its byte-order mark or its first {@code <}, otherwise
 * an ASCII-compatible encoding, read byte for character since markup is ASCII. Reading stops at the first element, or
 * at the first thing that is not markup (then the part is not XML and its own parser, if any, rejects it).
 */
final class XmlProlog {

    /** How much of a declaration is looked at to tell what it declares; it is refused whatever its length. */
    private static final int LONGEST_LOOK = 1 << 20;

    private final Reader in;

    private XmlProlog(Reader in) {
        this.in = in;
    }

    /**
     * The problem the DOCTYPE at the start of {@code part} poses, empty when there is none. Reads no further than the
     * first element (or the end of the declaration); the stream is left there.
     */
    static Optional<Problem> doctype(InputStream part) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(part, 4);
        bytes.mark(4);
        int[] head = new int[4];
        for (int i = 0; i < head.length; i++) {
            head[i] = bytes.read();
        }
        bytes.reset();
        Charset charset = StandardCharsets.ISO_8859_1;
        if (starts(head, 0, 0, 0, '<') || starts(head, 0, 0, 0xfe, 0xff)) {
            charset = Charset.forName("UTF-32BE");
        } else if (starts(head, '<', 0, 0, 0) || starts(head, 0xff, 0xfe, 0, 0)) {
            charset = Charset.forName("UTF-32LE");
        } else if (starts(head, 0xff, 0xfe) || starts(head, '<', 0)) {
            charset = StandardCharsets.UTF_16LE;
        } else if (starts(head, 0xfe, 0xff) || starts(head, 0, '<')) {
            charset = StandardCharsets.UTF_16BE;
        }
        return new XmlProlog(new InputStreamReader(bytes, charset)).scan();
    }

    private Optional<Problem> scan() throws IOException {
        int c = in.read();
        if (c == 0xfeff) {
            c = in.read(); // the byte-order mark of UTF-16 or UTF-32
        } else if (c == 0xef) {
            // the byte-order mark of UTF-8, EF BB BF, read byte for character
            c = lookingAt("\u00bb\u00bf") ? in.read() : -1;
        }
        while (true) {
            while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                c = in.read();
            }
            if (c != '<') {
                return Optional.empty();
            }
            c = in.read();
            if (c == '?') {
                skipPast("?>");
            } else if (c == '!') {
                c = in.read();
                if (c == '-' && lookingAt("-")) {
                    skipPast("-->");
                } else if (c == 'D' && lookingAt("OCTYPE")) {
                    return Optional.of(declaration());
                } else {
                    return Optional.empty();
                }
            } else {
                return Optional.empty(); // the root element: the prolog is over
            }
            c = in.read();
        }
    }

    /**
     * What the declaration the reader stands in declares: an external identifier ({@code SYSTEM} or {@code
     * PUBLIC}, of the DTD itself or of an entity) outside quoted text, else entities, else nothing but a DOCTYPE.
     */
    private Problem declaration() throws IOException {
        boolean external = false;
        boolean entities = false;
        StringBuilder word = new StringBuilder();
        int quote = 0;
        int depth = 0;
        for (int read = 0, c = in.read(); c >= 0 && read < LONGEST_LOOK; read++, c = in.read()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (Character.isLetter(c) || c == '!' || c == '<') {
                word.append((char) c);
                continue;
            }
            String w = word.toString();
            word.setLength(0);
            external |= w.equals("SYSTEM") || w.equals("PUBLIC");
            entities |= w.equals("<!ENTITY");
            if (w.equals("<!") && c == '-' && lookingAt("-")) {
                skipPast("-->");
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                break;
            }
        }
        return external ? Problem.XML_EXTERNAL_ENTITY : entities ? Problem.XML_ENTITIES : Problem.XML_DOCTYPE;
    }

    /** True, having read it, when {@code text} comes next; otherwise what was read is lost, as the caller allows. */
    private boolean lookingAt(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            if (in.read() != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipPast(String end) throws IOException {
        StringBuilder last = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            last.append((char) c);
            if (last.length() > end.length()) {
                last.deleteCharAt(0);
            }
            if (last.toString().equals(end)) {
                return;
            }
        }
    }

    private static boolean starts(int[] head, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (head[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
