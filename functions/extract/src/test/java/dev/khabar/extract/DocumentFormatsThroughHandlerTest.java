package dev.khabar.extract;

import dev.khabar.emulator.LambdaSqsEvent;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.extract.text.DocumentTextDecoder;
import dev.khabar.store.AwsClients;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.QueueMessages;
import dev.khabar.testing.WithEmulator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads of every kind go through the real handler against the emulator: S3 put, the bucket's notification on the
 * queue, the SQS event to the handler, the document item in the table. Readable formats end DONE with the title and
 * date their format (or the uploader's metadata) states; unreadable ones end FAILED with the decoder's code and reason.
 */
@WithEmulator
class DocumentFormatsThroughHandlerTest {
    private static final long MAX_BYTES = 5L << 20;

    @Test
    void uploadsOfEveryFormatEndDoneOrFailedWithAReason(Emulator emulator) throws IOException {
        ProvisionedResources aws = emulator.provision();
        Map<String, Upload> uploads = Map.of(
                "news/harbor.docx", new Upload(docx("Harbor Robotics raised $45 million from Cedar Ventures.",
                        "Harbor Robotics funding", "2025-02-11T08:00:00Z"), Map.of()),
                "news/الصفقة.html", new Upload(html().getBytes(StandardCharsets.UTF_8), Map.of()),
                "news/archive-1256.txt", new Upload("أعلنت شركة النخيل عن صفقة جديدة مع شركة رمال."
                        .getBytes(Charset.forName("windows-1256")), Map.of("published", "2024-11-05")),
                "news/report.pdf", new Upload(pdf(null, "Cedar Ventures closed its third fund."),
                        Map.of("published", "2025-06-01")),
                "news/locked.pdf", new Upload(pdf("user-secret", "Confidential merger terms."), Map.of()),
                "news/photo.txt", new Upload(HexFormat.of().parseHex("89504E470D0A1A0A0000000D49484452"), Map.of()));

        try (S3Client s3 = emulator.s3(); SqsClient sqs = emulator.sqs(); DynamoDbClient dynamo = AwsClients.dynamoDb()) {
            uploads.forEach((key, upload) -> s3.putObject(b -> b.bucket(aws.bucket()).key(key).metadata(upload.metadata()),
                    RequestBody.fromBytes(upload.bytes())));
            List<Message> messages = QueueMessages.receive(sqs, aws.queueUrl(), uploads.size(), Duration.ofSeconds(30));
            assertEquals(uploads.size(), messages.size(), "one notification per upload");

            ByteArrayOutputStream logs = new ByteArrayOutputStream();
            ExtractHandler handler = new ExtractHandler(new ExtractConfig(aws.table(), MAX_BYTES, Duration.ofMinutes(15)),
                    AwsClients.s3Objects(), dynamo, DocumentTextDecoder.primed(MAX_BYTES), Clock.systemUTC(),
                    new PrintStream(logs, true, StandardCharsets.UTF_8));
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(
                    LambdaSqsEvent.json(messages, aws.queueArn(), emulator.region().id())), response, null);
            assertEquals("{\"batchItemFailures\":[]}", response.toString(StandardCharsets.UTF_8), logs::toString);

            Map<String, AttributeValue> docx = documentItem(dynamo, aws, "news/harbor.docx");
            assertEquals("DONE", docx.get(ItemAttributes.STATUS).s(), docx::toString);
            assertEquals("Harbor Robotics funding", docx.get(ItemAttributes.TITLE).s());
            assertEquals("2025-02-11", docx.get(ItemAttributes.PUBLISHED_DATE).s());

            Map<String, AttributeValue> page = documentItem(dynamo, aws, "news/الصفقة.html");
            assertEquals("DONE", page.get(ItemAttributes.STATUS).s(), page::toString);
            assertEquals("استحواذ النخيل على رمال", page.get(ItemAttributes.TITLE).s());
            assertEquals("2025-03-02", page.get(ItemAttributes.PUBLISHED_DATE).s());

            Map<String, AttributeValue> archive = documentItem(dynamo, aws, "news/archive-1256.txt");
            assertEquals("DONE", archive.get(ItemAttributes.STATUS).s(), archive::toString);
            assertEquals("2024-11-05", archive.get(ItemAttributes.PUBLISHED_DATE).s());

            Map<String, AttributeValue> report = documentItem(dynamo, aws, "news/report.pdf");
            assertEquals("DONE", report.get(ItemAttributes.STATUS).s(), report::toString);
            assertEquals("2025-06-01", report.get(ItemAttributes.PUBLISHED_DATE).s(), "metadata wins over the PDF's date");

            Map<String, AttributeValue> locked = documentItem(dynamo, aws, "news/locked.pdf");
            assertEquals("FAILED", locked.get(ItemAttributes.STATUS).s(), locked::toString);
            assertTrue(locked.get(ItemAttributes.REASON).s().startsWith("ENCRYPTED: "), locked::toString);

            Map<String, AttributeValue> photo = documentItem(dynamo, aws, "news/photo.txt");
            assertEquals("FAILED", photo.get(ItemAttributes.STATUS).s(), photo::toString);
            assertTrue(photo.get(ItemAttributes.REASON).s().startsWith("UNSUPPORTED_FORMAT: the file is an image (PNG)"),
                    photo::toString);
        }
    }

    private record Upload(byte[] bytes, Map<String, String> metadata) {
    }

    private static Map<String, AttributeValue> documentItem(DynamoDbClient dynamo, ProvisionedResources aws, String key) {
        String docId = TableKeys.docId(aws.bucket(), key);
        return dynamo.getItem(b -> b.tableName(aws.table()).consistentRead(true).key(Map.of(
                TableKeys.PK, AttributeValue.fromS(TableKeys.docPk(docId)),
                TableKeys.SK, AttributeValue.fromS(TableKeys.META)))).item();
    }

    private static String html() {
        return """
                <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
                <meta property="og:title" content="استحواذ النخيل على رمال">
                <meta property="article:published_time" content="2025-03-02T01:15:00+03:00">
                </head><body><nav><a href="/">الرئيسية</a><a href="/economy">اقتصاد</a></nav>
                <article><h1>استحواذ النخيل على رمال</h1>
                <p>أعلنت شركة النخيل للتقنية اليوم عن استحواذها على شركة رمال الناشئة مقابل 120 مليون دولار.</p>
                </article><footer>جميع الحقوق محفوظة</footer></body></html>""";
    }

    private static byte[] docx(String paragraph, String title, String created) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write(("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                    + "<dc:title>" + title + "</dc:title><dcterms:created>" + created + "</dcterms:created>"
                    + "</cp:coreProperties>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A one-page PDF, created 2020-01-01; protected with a password to open when one is given. */
    private static byte[] pdf(String userPassword, String line) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 720);
                content.showText(line);
                content.endText();
            }
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2020, Calendar.JANUARY, 1);
            doc.getDocumentInformation().setCreationDate(created);
            if (userPassword != null) {
                doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
