package dev.khabar.documents.docx;

import dev.khabar.documents.dates.PublishedDates;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDate;

/** docProps/core.xml: {@code dc:title} and {@code dcterms:created}. */
record CoreProperties(String title, LocalDate created) {
    static final CoreProperties NONE = new CoreProperties(null, null);

    static CoreProperties read(byte[] coreXml) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(coreXml);
        String title = null;
        LocalDate created = null;
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "title" -> title = blankToNull(xml.getElementText());
                    case "created" -> created = PublishedDates.parse(xml.getElementText());
                    default -> { }
                }
            }
        } finally {
            xml.close();
        }
        return new CoreProperties(title, created);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
