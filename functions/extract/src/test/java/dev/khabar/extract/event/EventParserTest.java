package dev.khabar.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventParserTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final EventParser parser = new EventParser();

    static ObjectNode s3Event(String eventName, String rawKey, String sequencer) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("eventName", eventName)
                .put("eventTime", "2025-08-30T10:00:00.000Z");
        ObjectNode s3 = record.putObject("s3");
        s3.putObject("bucket").put("name", "news");
        ObjectNode object = s3.putObject("object").put("key", rawKey).put("size", 120).put("eTag", "abc");
        if (sequencer != null) {
            object.put("sequencer", sequencer);
        }
        return root;
    }

    static ObjectNode sqsEvent(String... bodies) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (int i = 0; i < bodies.length; i++) {
            records.addObject().put("messageId", "m" + i).put("body", bodies[i]).put("eventSource", "aws:sqs");
        }
        return root;
    }

    Invocation parse(ObjectNode input) throws IOException {
        return parser.parse(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sqsMessagesCarryTheirS3Records() throws IOException {
        Invocation invocation = parse(sqsEvent(s3Event("ObjectCreated:Put", "seeds/a.txt", "0A1B").toString(),
                s3Event("ObjectRemoved:Delete", "seeds/b.txt", "0A1C").toString()));
        assertTrue(invocation.fromSqs());
        assertEquals(2, invocation.messages().size());
        ObjectEvent put = invocation.messages().get(0).events().get(0);
        assertEquals("m0", invocation.messages().get(0).id());
        assertEquals(ObjectEvent.Kind.CREATED, put.kind());
        assertEquals("news", put.bucket());
        assertEquals("seeds/a.txt", put.key());
        assertEquals("0A1B", put.sequencer());
        assertEquals(Instant.parse("2025-08-30T10:00:00Z"), put.eventTime());
        assertEquals(120, put.size());
        assertEquals(ObjectEvent.Kind.REMOVED, invocation.messages().get(1).events().get(0).kind());
    }

    @Test
    void aDirectS3EventIsOneMessageWithoutId() throws IOException {
        Invocation invocation = parse(s3Event("ObjectCreated:Put", "a.txt", null));
        assertFalse(invocation.fromSqs());
        assertNull(invocation.messages().get(0).id());
        assertNull(invocation.messages().get(0).events().get(0).sequencer());
    }

    @Test
    void keysAreUrlDecoded() throws IOException {
        String arabic = "مقالات/ميتا تستثمر.txt";
        String encoded = java.net.URLEncoder.encode(arabic, StandardCharsets.UTF_8);
        assertEquals(arabic, key(encoded));
        assertEquals("my report 1.txt", key("my+report+1.txt"));
        assertEquals("a+b.txt", key("a%2Bb.txt"));
        assertEquals("100%.txt", key("100%25.txt"));
    }

    private String key(String raw) throws IOException {
        return parse(s3Event("ObjectCreated:Put", raw, "01")).messages().get(0).events().get(0).key();
    }

    @Test
    void theS3TestEventHasNoObjectEvents() throws IOException {
        String test = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2025-08-30T10:00:00Z\","
                + "\"Bucket\":\"news\",\"RequestId\":\"r\",\"HostId\":\"h\"}";
        Message message = parse(sqsEvent(test)).messages().get(0);
        assertFalse(message.malformed());
        assertTrue(message.events().isEmpty());
    }

    @Test
    void bodiesThatAreNotNotificationsAreMarkedMalformedNotThrown() throws IOException {
        Invocation invocation = parse(sqsEvent("not json", "[1,2]", "{\"hello\":1}",
                s3Event("ObjectCreated:Put", "bad%zzkey", "01").toString()));
        assertEquals(4, invocation.messages().size());
        invocation.messages().forEach(m -> assertTrue(m.malformed(), m.toString()));
        assertTrue(invocation.messages().get(3).error().contains("bad%zzkey"));
    }

    @Test
    void otherEventsAreRecognisedAsOther() throws IOException {
        ObjectEvent restore = parse(s3Event("ObjectRestore:Completed", "a.txt", "01")).messages().get(0)
                .events().get(0);
        assertEquals(ObjectEvent.Kind.OTHER, restore.kind());
    }

    @Test
    void inputThatIsNoEventAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> parser.parse(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8))));
    }
}
