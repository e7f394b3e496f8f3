package dev.khabar.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test documents built at run time: real PDFs (PDFBox), real DOCX zips, and texts written for these tests. */
final class Samples {
    static final String ARABIC = "أعلنت شركة النخيل للتقنية اليوم عن استحواذها على شركة رمال الناشئة مقابل 120 مليون دولار، "
            + "في صفقة تعزز حضورها في سوق الحوسبة السحابية في المنطقة.";
    static final String ENGLISH = "Harbor Robotics said on Tuesday it had raised $45 million from Cedar Ventures "
            + "to expand its warehouse automation business across the Gulf.";

    private Samples() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with Helvetica text lines; title and creation date in the info dictionary when given. */
    static byte[] pdf(String title, Calendar created, String... lines) {
        try (PDDocument doc = new PDDocument()) {
            writePage(doc, lines);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreationDate(created);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF protected with passwords; an empty user password opens without asking, as viewers do. */
    static byte[] encryptedPdf(String userPassword, String... lines) {
        try (PDDocument doc = new PDDocument()) {
            writePage(doc, lines);
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] blankPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Calendar calendar(int year, int month, int day, int hour, String zone) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone(zone));
        c.clear();
        c.set(year, month - 1, day, hour, 0, 0);
        return c;
    }

    private static void writePage(PDDocument doc, String... lines) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(13.2f);
            content.newLineAtOffset(60, 720);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A zip with the given entries, in order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal but complete DOCX package around the given w:body XML and core properties. */
    static byte[] docx(String bodyXml, String coreTitle, String coreCreated) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                </Types>"""));
        entries.put("_rels/.rels", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
                </Relationships>"""));
        entries.put("word/document.xml", utf8(wordDocument(bodyXml)));
        if (coreTitle != null || coreCreated != null) {
            entries.put("docProps/core.xml", utf8("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    %s%s</cp:coreProperties>""".formatted(
                    coreTitle == null ? "" : "<dc:title>" + coreTitle + "</dc:title>",
                    coreCreated == null ? "" : "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + coreCreated + "</dcterms:created>")));
        }
        return zip(entries);
    }

    static String wordDocument(String bodyXml) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
                <w:body>%s</w:body></w:document>""".formatted(bodyXml);
    }

    static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }
}
