package id.saring.report;

import id.saring.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.TransformerException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The styles part of an {@code .xlsx} being patched ({@link XlsxPatch}), with a fill per severity and a marked clone
 * of each format a marked cell has, as {@link CellMarker} clones them through POI.
 */
final class PatchedStyles {
    /** The most cell formats a workbook holds. */
    private static final int MAX_FORMATS = 64_000;

    private final Document doc;
    private final Element fills;
    private final Element cellFormats;
    private final List<Element> own = new ArrayList<>();
    private final Map<Severity, Integer> fillOf = new HashMap<>();
    private final Map<Long, Integer> marked = new HashMap<>();

    PatchedStyles(byte[] styles) throws Exception {
        doc = XmlDocuments.parse(styles);
        fills = XmlDocuments.child(doc.getDocumentElement(), "fills");
        cellFormats = XmlDocuments.child(doc.getDocumentElement(), "cellXfs");
        if (fills == null || cellFormats == null) {
            throw new XlsxPatch.NotHandled("styles without fills or cell formats");
        }
        for (Node c = cellFormats.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("xf")) {
                own.add(e);
            }
        }
        if (own.isEmpty()) {
            throw new XlsxPatch.NotHandled("no cell formats");
        }
    }

    /** The format of a cell of format {@code format} marked for {@code severity}: an info finding keeps it. */
    int marked(int format, Severity severity) {
        Optional<Integer> rgb = CellMarker.fill(severity);
        int base = format < own.size() ? format : 0;
        if (rgb.isEmpty()) {
            return format;
        }
        long key = (long) base << 8 | severity.ordinal();
        Integer made = marked.get(key);
        if (made != null) {
            return made;
        }
        int count = XmlDocuments.count(cellFormats, "xf");
        if (count >= MAX_FORMATS) {
            return format; // no format left: the comment alone, as CellMarker does
        }
        Element clone = (Element) own.get(base).cloneNode(true);
        clone.setAttribute("fillId", Integer.toString(fill(severity, rgb.get())));
        clone.setAttribute("applyFill", "1");
        cellFormats.appendChild(clone);
        cellFormats.setAttribute("count", Integer.toString(count + 1));
        marked.put(key, count);
        return count;
    }

    private int fill(Severity severity, int rgb) {
        return fillOf.computeIfAbsent(severity, s -> {
            int count = XmlDocuments.count(fills, "fill");
            String ns = fills.getNamespaceURI();
            String prefix = fills.getPrefix() == null ? "" : fills.getPrefix() + ":";
            Element fill = doc.createElementNS(ns, prefix + "fill");
            Element pattern = doc.createElementNS(ns, prefix + "patternFill");
            pattern.setAttribute("patternType", "solid");
            Element fg = doc.createElementNS(ns, prefix + "fgColor");
            fg.setAttribute("rgb", String.format("FF%06X", rgb));
            Element bg = doc.createElementNS(ns, prefix + "bgColor");
            bg.setAttribute("indexed", "64");
            pattern.appendChild(fg);
            pattern.appendChild(bg);
            fill.appendChild(pattern);
            fills.appendChild(fill);
            fills.setAttribute("count", Integer.toString(count + 1));
            return count;
        });
    }

    byte[] bytes() throws TransformerException {
        return XmlDocuments.serialise(doc);
    }
}
