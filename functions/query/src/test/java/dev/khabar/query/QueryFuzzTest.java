package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.query.ApiCalls.Response;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * Random paths and query strings, valid and not: no request makes the function fail (5xx), and every answer, errors
 * included, has the shape infra/openapi.yaml declares (ApiCalls checks it). Each repetition draws from its own seed,
 * reported on failure; {@code -Dkhabar.fuzz.seed=N} moves the whole run to other inputs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFuzzTest {
    private static final long BASE_SEED = Long.getLong("khabar.fuzz.seed", 20251125L);
    private static final List<String> NAMES = List.of("limit", "next", "type", "from", "to", "minAmount", "currency",
            "q", "id", "LIMIT", "", "minamount", "%", "a%zz", "type%00");
    private static final List<String> WORDS = List.of("documents", "entities", "facts", "Q380", "d0000000000000000",
            "INVESTMENT", "investment", "ORGANIZATION", "2025", "2025-06", "2025-02-29", "2024-02-29", "9999-99",
            "0", "-1", "100", "101", "1e3", "14300000000", "0.5", "USD", "usd", "ميتا", "لميتا", "Meta", "META",
            "%", "%2", "%zz", "%c3%28", "%e2%82", "%00", "%2F", "..", ".", "~", "#", "+", " ", "'", "\"", "<", "{id}",
            "%F0%9F%98%80", "a.b", "e30.e30", "%ED%A0%80");
    private static final String CHARS = "abcXYZ019-_.~%+&=#/?:;,@!$'()*[]{}| \"\\<>^`\u0640\u064b\u0645\u064a";

    private ApiCalls api;
    private List<String> ids;

    @BeforeAll
    void publish() {
        PublishedArticles articles = PublishedArticles.get();
        api = articles.api;
        ids = List.of(articles.seedDoc, articles.englishDoc, articles.brokenDoc);
    }

    @RepeatedTest(300)
    void noRequestIsAServerError(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String path = path(random);
        String query = query(random);
        String method = random.nextInt(10) == 0 ? List.of("POST", "HEAD", "DELETE", "get").get(random.nextInt(4)) : "GET";
        Response response = api.send(method, path, query);
        assertTrue(response.status() >= 200 && response.status() < 500,
                () -> "seed " + seed + ": " + method + " " + path + "?" + query + " → " + response);
    }

    private String path(Random random) {
        int segments = random.nextInt(4);
        String base = switch (random.nextInt(4)) {
            case 0 -> "/documents/" + ids.get(random.nextInt(ids.size()));
            case 1 -> "/entities/" + token(random);
            case 2 -> "/" + List.of("documents", "entities", "facts").get(random.nextInt(3));
            default -> "";
        };
        return base + IntStream.range(0, segments).mapToObj(i -> "/" + token(random)).collect(Collectors.joining());
    }

    private String query(Random random) {
        return IntStream.range(0, random.nextInt(5))
                .mapToObj(i -> NAMES.get(random.nextInt(NAMES.size())) + (random.nextInt(8) == 0 ? "" : "=" + token(random)))
                .collect(Collectors.joining("&"));
    }

    /** A known word, random characters, or both. */
    private static String token(Random random) {
        StringBuilder token = new StringBuilder();
        if (random.nextBoolean()) {
            token.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        int extra = random.nextInt(random.nextInt(6) == 0 ? 300 : 6);
        for (int i = 0; i < extra; i++) {
            token.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return token.toString();
    }
}
