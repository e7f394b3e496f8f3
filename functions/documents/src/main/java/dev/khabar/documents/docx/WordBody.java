package dev.khabar.documents.docx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of word/document.xml: runs ({@code w:t}), tabs, breaks, paragraphs, table cells. Deleted revisions and
 * field codes are not text; the fallback copy of a text box ({@code mc:Fallback}) repeats its primary copy.
 *
 * @param text  paragraphs separated by blank lines
 * @param title the first paragraph styled "Title", or null
 */
record WordBody(String text, String title) {
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    static WordBody read(byte[] documentXml) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(documentXml);
        StringBuilder text = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        String title = null;
        boolean inText = false;
        boolean titleStyle = false;
        int skipDepth = 0;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (skipDepth > 0 || name.equals("Fallback") && MARKUP_COMPATIBILITY.equals(xml.getNamespaceURI())) {
                        skipDepth++;
                        continue;
                    }
                    switch (name) {
                        case "t" -> inText = true;
                        case "tab" -> paragraph.append('\t');
                        case "br", "cr" -> paragraph.append('\n');
                        case "pStyle" -> titleStyle = "Title".equalsIgnoreCase(attribute(xml, "val"));
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipDepth > 0) {
                        skipDepth--;
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "tc" -> paragraph.append('\t');
                        case "p" -> {
                            String p = paragraph.toString().strip();
                            if (titleStyle && title == null && !p.isEmpty()) {
                                title = p;
                            }
                            text.append(p).append("\n\n");
                            paragraph.setLength(0);
                            titleStyle = false;
                        }
                        default -> { }
                    }
                } else if (inText && skipDepth == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    paragraph.append(xml.getText());
                }
            }
        } finally {
            xml.close();
        }
        text.append(paragraph);
        return new WordBody(text.toString(), title);
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
