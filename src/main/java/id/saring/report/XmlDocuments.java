package id.saring.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The small parts of an agency's package (styles, relationships, content types) as documents, parsed with document
 * type declarations refused, no entity expanded and a nesting limit, and written back.
 */
final class XmlDocuments {

    /** Deeper than any part of a real workbook (a style sheet is about six levels deep). */
    private static final String MAX_DEPTH = "100";

    /**
     * Each thread's parser and writer, made once: they are costly to make (the copies of a thousand workbooks made
     * three of each per copy) and not for two threads at once.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = new ThreadLocal<>();
    private static final ThreadLocal<Transformer> TRANSFORMER = new ThreadLocal<>();

    /** Throws on every error: the parser's own handler prints each to the console before it throws. */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning leaves the document as it is
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private XmlDocuments() {
    }

    static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        return builder().parse(new ByteArrayInputStream(xml));
    }

    static Document newDocument(String namespace, String root) throws ParserConfigurationException {
        Document doc = builder().newDocument();
        doc.appendChild(doc.createElementNS(namespace, root));
        return doc;
    }

    /** This thread's parser, reset. */
    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilder builder = BUILDER.get();
        if (builder == null) {
            builder = newBuilder();
            BUILDER.set(builder);
        }
        builder.reset();
        builder.setErrorHandler(THROWING); // reset() may drop it
        return builder;
    }

    private static DocumentBuilder newBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        // a part nested deeper is refused (and left to POI) before writing it out again could overflow the stack
        factory.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
        return factory.newDocumentBuilder();
    }

    static byte[] serialise(Document doc) throws TransformerException {
        doc.setXmlStandalone(true);
        Transformer transformer = TRANSFORMER.get();
        if (transformer == null) {
            transformer = TransformerFactory.newDefaultInstance().newTransformer();
            TRANSFORMER.set(transformer);
        }
        transformer.reset();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(doc), new StreamResult(bytes));
        return bytes.toByteArray();
    }

    /** How many children named {@code local} the element has. */
    static int count(Element parent, String local) {
        int n = 0;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(local)) {
                n++;
            }
        }
        return n;
    }

    /** The element's first child named {@code local}, or null. */
    static Element child(Element parent, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(local)) {
                return e;
            }
        }
        return null;
    }
}
