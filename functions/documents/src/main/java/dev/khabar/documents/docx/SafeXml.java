package dev.khabar.documents.docx;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/** A StAX reader with DTDs and external entities off: no XXE, no entity-expansion bombs from uploaded XML. */
final class SafeXml {
    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
