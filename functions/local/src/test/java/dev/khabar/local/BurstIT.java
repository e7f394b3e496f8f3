package dev.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.emulator.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A burst of uploads against {@code bin/khabar local}: every document is processed exactly once, none is lost, and
 * late, out-of-order copies of notifications change nothing. Reports documents per second (not asserted).
 */
class BurstIT {
    private static final int DOCUMENTS = Integer.getInteger("khabar.burst.documents", 500);
    private static final String CONSUMERS = System.getProperty("khabar.burst.consumers", "4");
    private static final int UPLOAD_THREADS = 8;
    private static final int STALE_COPIES = 50;
    private static final Duration ALL_PROCESSED = Duration.ofMinutes(15);
    private static final Pattern OUTCOME = Pattern.compile("^\\S+\\s+(DONE|FAILED|DELETED|STALE|SUPERSEDED|SKIPPED|BUSY)\\s+(burst/\\S+)\\s");
    private static final String[] COMPANIES = {"Northwind Labs", "Tessellate Systems", "Harbor Freight Analytics",
            "Quill Biotech", "Cedar Grid Energy"};
    private static final String[] PEOPLE = {"Maya Rahman", "Omar Haddad", "Lena Fischer", "Tomas Ortega", "Priya Nair"};

    @Test
    void everyUploadIsProcessedExactlyOnce() throws Exception {
        try (LocalCommand local = LocalCommand.start("--no-seeds", "--consumers", CONSUMERS)) {
            String bucket = local.bannerValue("bucket");
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                keys.add(String.format("burst/doc-%04d.txt", i));
            }

            long start = System.nanoTime();
            try (S3Client s3 = local.emulator().s3()) {
                ExecutorService uploads = Executors.newFixedThreadPool(UPLOAD_THREADS);
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < DOCUMENTS; i++) {
                    String key = keys.get(i);
                    String text = article(i);
                    done.add(uploads.submit(() -> s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(text))));
                }
                for (Future<?> upload : done) {
                    upload.get();
                }
                uploads.shutdown();
            }
            long uploaded = System.nanoTime();

            local.awaitCondition(() -> outcomes(local, "DONE").size() >= DOCUMENTS, ALL_PROCESSED);
            long lastDone = local.lines().stream().filter(line -> OUTCOME.matcher(line.text()).find()
                    && line.text().contains(" DONE ")).mapToLong(LocalCommand.Line::nanos).max().orElseThrow();
            Map<String, Long> doneCounts = outcomes(local, "DONE").stream()
                    .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
            assertEquals(new TreeMap<>(keys.stream().collect(Collectors.toMap(k -> k, k -> 1L))), doneCounts,
                    "each uploaded key is DONE exactly once");

            // copies of notifications with an older sequencer, as a late redelivery would bring: acknowledged, no rework
            String queueUrl = local.bannerValue("queue");
            try (SqsClient sqs = local.emulator().sqs()) {
                for (int i = 0; i < STALE_COPIES; i++) {
                    String body = staleNotification(bucket, keys.get(i));
                    sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
                }
                local.awaitCondition(() -> outcomes(local, "STALE").size() + outcomes(local, "SUPERSEDED").size() >= STALE_COPIES,
                        ALL_PROCESSED);
                assertEquals(DOCUMENTS, outcomes(local, "DONE").size(), "a stale copy was processed again");
                assertEquals(List.of(), outcomes(local, "FAILED"));
                // the last batch is deleted just after its outcome lines are printed
                local.awaitCondition(() -> messagesIn(sqs, queueUrl) == 0, Duration.ofSeconds(30));
                String deadLetters = local.bannerValue("dead letters").split(" ")[0];
                assertEquals(0, messagesIn(sqs, deadLetters), "nothing went to the dead-letter queue");
            }

            assertEquals(DOCUMENTS, countDoneDocuments(new Http(local.api())), "the API lists every document as DONE");
            assertEquals(0, local.stop(), local.output());

            double seconds = (lastDone - start) / 1e9;
            String report = String.format("burst: %d documents, %s consumers: uploaded in %.1f s, all processed %.1f s after the"
                            + " first upload: %.1f documents/s (%s)%n", DOCUMENTS, CONSUMERS, (uploaded - start) / 1e9, seconds,
                    DOCUMENTS / seconds, Instant.now());
            System.out.print(report);
            Path reportFile = RepoRoot.find().resolve("functions/local/target/burst-report.txt");
            Files.writeString(reportFile, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** A short article of its own for each document: different companies, people, amounts and roles. */
    private static String article(int i) {
        String investor = COMPANIES[i % COMPANIES.length];
        String target = "Startup " + (char) ('A' + i % 26) + (i / 26) + " Robotics";
        String person = PEOPLE[i % PEOPLE.length];
        return String.format("%s invested $%d million in %s, the companies said on Monday. %s, the chief executive of %s,"
                + " said the money would fund %d new engineers.", investor, 10 + i, target, person, target, 20 + i % 50);
    }

    private static String staleNotification(String bucket, String key) {
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",\
                "eventTime":"2020-01-01T00:00:00.000Z","eventName":"ObjectCreated:Put",\
                "s3":{"s3SchemaVersion":"1.0","bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},\
                "object":{"key":"%s","size":10,"eTag":"0123456789abcdef0123456789abcdef","sequencer":"000000000000000001"}}}]}
                """.formatted(bucket, bucket, key);
    }

    private static List<String> outcomes(LocalCommand local, String result) {
        List<String> keys = new ArrayList<>();
        for (LocalCommand.Line line : local.lines()) {
            Matcher matcher = OUTCOME.matcher(line.text());
            if (matcher.find() && matcher.group(1).equals(result)) {
                keys.add(matcher.group(2));
            }
        }
        return keys;
    }

    private static int messagesIn(SqsClient sqs, String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }

    private static int countDoneDocuments(Http api) throws Exception {
        int count = 0;
        String next = null;
        do {
            Http.Answer page = api.get("/documents?limit=100" + (next == null ? "" : "&next=" + Http.encode(next)));
            assertEquals(200, page.status(), page.text());
            for (JsonNode document : page.body().path("items")) {
                assertTrue(document.path("key").asText().startsWith("burst/"), document.toString());
                assertEquals("DONE", document.path("status").asText(), document.toString());
                count++;
            }
            next = page.body().path("next").asText(null);
        } while (next != null);
        return count;
    }
}
