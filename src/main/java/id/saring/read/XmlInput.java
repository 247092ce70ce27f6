package id.saring.read;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How this program parses the XML of an input: the JDK's own StAX parser ({@link #open}), whatever other StAX
 * implementation the class path brings ({@code XMLInputFactory.newFactory()} would pick the first one listed, today
 * Aalto through FastExcel), with document type declarations off, no external entity and no external DTD. An entity
 * reference then fails the parse instead of expanding, and nothing outside the part is opened. ({@code
 * FEATURE_SECURE_PROCESSING} is a DOM, SAX and XSLT setting; StAX has these properties instead.) A guard that must
 * see a part exactly as FastExcel will read it parses it with FastExcel's own parser instead ({@link #asFastExcel}).
 *
 * <p>{@link PackageLimits} rejects a part with a document type declaration before any parser sees it; this is the
 * second wall.
 */
public final class XmlInput {

    private XmlInput() {
    }

    /** A parser of {@code in}; with {@code coalescing}, adjacent text comes as one event. */
    public static XMLStreamReader open(InputStream in, boolean coalescing) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        return factory.createXMLStreamReader(in);
    }

    /**
     * A parser of {@code in} as FastExcel makes its own (its {@code DefaultXMLInputFactory}): Aalto, with document
     * type declarations and external entities off. Two parsers need not stop at the same damage or read the same
     * encodings; a check of what FastExcel is about to read parses with this one, so that nothing it would read
     * passes the check unseen.
     */
    public static XMLStreamReader asFastExcel(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }
}
