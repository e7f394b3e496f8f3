package dev.khabar.query;

import static dev.khabar.query.ApiCalls.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.khabar.query.ApiCalls.Response;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every route over a table filled by the real extract function from the Arabic seed and an English article. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiTest {
    private PublishedArticles articles;
    private ApiCalls api;
    private String meta;

    @BeforeAll
    void publish() {
        articles = PublishedArticles.get();
        api = articles.api;
    }

    /** Meta's entity id, as a client finds it. */
    private String meta() {
        if (meta == null) {
            Response found = api.get("/entities", "q=Meta&type=ORGANIZATION");
            assertEquals(200, found.status(), found::toString);
            assertEquals(1, found.json().path("items").size(), () -> "Meta is found, once: " + found);
            meta = found.json().path("items").get(0).path("id").asText();
        }
        return meta;
    }

    /** Every item of a paginated route, following the cursors; checks page sizes and that the walk ends. */
    private List<JsonNode> walk(String path, String query, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String next = null;
        for (int pages = 0; ; pages++) {
            assertTrue(pages < 200, "the cursor walk ends");
            String q = (query.isEmpty() ? "" : query + "&") + "limit=" + limit + (next == null ? "" : "&next=" + encode(next));
            Response page = api.get(path, q);
            assertEquals(200, page.status(), page::toString);
            JsonNode json = page.json();
            assertTrue(json.path("items").size() <= limit, page::toString);
            json.path("items").forEach(items::add);
            if (!json.has("next")) {
                return items;
            }
            next = json.path("next").asText();
        }
    }

    private static List<String> texts(List<JsonNode> items, String field) {
        return items.stream().map(i -> i.path(field).asText()).toList();
    }

    @Test
    void documentsAreListedNewestFirstOnEveryPage() {
        Response all = api.get("/documents");
        assertEquals(200, all.status(), all::toString);
        List<JsonNode> items = new ArrayList<>();
        all.json().path("items").forEach(items::add);
        assertEquals(Set.of(articles.seedDoc, articles.englishDoc, articles.brokenDoc), new HashSet<>(texts(items, "id")));
        List<String> received = texts(items, "receivedAt");
        List<String> sorted = new ArrayList<>(received);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, received, "newest first");
        assertEquals(texts(items, "id"), texts(walk("/documents", "", 1), "id"), "pages of one give the same order");
    }

    @Test
    void aDocumentShowsItsStatusAndWhyItFailed() {
        JsonNode seed = api.get("/documents/" + articles.seedDoc).json();
        assertEquals("DONE", seed.path("status").asText());
        assertEquals(PublishedArticles.SEED_KEY, seed.path("key").asText());
        assertEquals("2025-08-30", seed.path("publishedDate").asText());
        JsonNode broken = api.get("/documents/" + articles.brokenDoc).json();
        assertEquals("FAILED", broken.path("status").asText());
        assertFalse(broken.path("reason").asText().isBlank(), broken::toString);
        Response facts = api.get("/documents/" + articles.brokenDoc + "/facts");
        assertEquals(409, facts.status());
        assertTrue(facts.json().path("detail").asText().contains(broken.path("reason").asText()), facts::toString);
    }

    @Test
    void aDocumentsFactsAreTheContractsFactsDocument() throws Exception {
        Response facts = api.get("/documents/" + articles.seedDoc + "/facts");
        assertEquals(200, facts.status(), facts::toString);
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(Files.readString(
                OpenApiContract.REPO.resolve("../shared/contract/facts-v1.schema.json").normalize()));
        schema.remove("$id"); // a relative $id, which the validator would resolve against nothing
        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(facts.json());
        assertTrue(errors.isEmpty(), () -> errors + "\n" + facts.body());
        assertEquals(1, facts.json().path("schemaVersion").asInt());
        assertFalse(facts.json().path("facts").isEmpty(), "the seed states facts");
    }

    @Test
    void metaInAnyLanguageSpellingOrWithACliticIsOneEntity() {
        for (String term : List.of("ميتا", "Meta", "META", "لميتا", "meta")) {
            Response found = api.get("/entities", "q=" + encode(term));
            assertEquals(200, found.status(), found::toString);
            assertTrue(texts(list(found.json().path("items")), "id").contains(meta()), () -> term + " finds Meta: " + found);
        }
        assertTrue(api.get("/entities", "q=Meta&type=PERSON").json().path("items").isEmpty());
    }

    @Test
    void anEntityHasItsNameAliasesAndCountsAcrossDocuments() {
        Response entity = api.get("/entities/" + encode(meta()));
        assertEquals(200, entity.status(), entity::toString);
        JsonNode json = entity.json();
        assertEquals("Meta", json.path("name").asText());
        assertEquals(2, json.path("documentCount").asInt(), "named in the Arabic and the English article");
        assertTrue(list(json.path("aliases")).stream().anyMatch(a -> a.asText().equals("ميتا")), json::toString);
        assertTrue(json.path("factCount").asInt() >= 2, json::toString);
    }

    @Test
    void metasFactsFromBothArticlesMergeNewestFirstThroughTheCursor() {
        int total = api.get("/entities/" + encode(meta())).json().path("factCount").asInt();
        List<JsonNode> facts = walk("/entities/" + encode(meta()) + "/facts", "", 1);
        assertEquals(total, facts.size(), "every fact once, none lost between pages");
        assertEquals(Set.of(articles.seedDoc, articles.englishDoc), new HashSet<>(texts(facts, "documentId")),
                "the Arabic and the English article");
        Set<String> seen = new HashSet<>();
        String previous = "9999";
        for (JsonNode fact : facts) {
            assertTrue(seen.add(fact.path("documentId").asText() + "/" + fact.path("id").asText()), "each fact once");
            String date = fact.path("sortDate").asText();
            assertTrue(date.compareTo(previous) <= 0, () -> "newest first: " + facts);
            previous = date;
            assertFalse(fact.path("evidence").path("text").asText().isBlank(), fact::toString);
            String side = fact.path("side").asText();
            assertEquals(meta(), fact.path(side).path("id").asText(), "Meta is on the side it says");
            if (fact.has("other")) {
                assertFalse(fact.path("other").path("name").asText().isBlank(), "the other party is named");
            }
        }
        assertEquals(texts(facts, "sortDate"), texts(walk("/entities/" + encode(meta()) + "/facts", "", 100), "sortDate"),
                "one page of 100 and pages of 1 agree");
    }

    @Test
    void anEntitysFactsFilterByTypeAndDate() {
        List<JsonNode> investments = walk("/entities/" + encode(meta()) + "/facts", "type=investment", 2);
        assertFalse(investments.isEmpty(), "Meta invested in both articles");
        investments.forEach(f -> assertEquals("INVESTMENT", f.path("type").asText()));
        List<JsonNode> in2025 = walk("/entities/" + encode(meta()) + "/facts", "from=2025-01&to=2025-12", 2);
        in2025.forEach(f -> assertTrue(f.path("sortDate").asText().startsWith("2025"), f::toString));
    }

    @Test
    void factsOfATypeFilterByDateAmountAndCurrency() {
        List<JsonNode> all = walk("/facts", "type=INVESTMENT", 1);
        assertTrue(all.size() >= 2, () -> "an investment in each article: " + all);
        all.forEach(f -> assertEquals("INVESTMENT", f.path("type").asText()));
        assertFalse(all.get(0).has("side"), "side is only said for an entity's facts");
        BigDecimal min = new BigDecimal("10000000000");
        List<JsonNode> big = walk("/facts", "type=INVESTMENT&minAmount=10000000000&currency=usd", 5);
        assertFalse(big.isEmpty(), "the seed's 14.3 billion dollars");
        big.forEach(f -> {
            assertEquals("USD", f.path("amount").path("currency").asText());
            assertTrue(f.path("amount").path("value").decimalValue().compareTo(min) >= 0, f::toString);
        });
        assertTrue(big.size() < all.size(), "the smaller investment is left out");
        walk("/facts", "type=INVESTMENT&from=2025-07&to=2025-12", 5)
                .forEach(f -> assertTrue(f.path("sortDate").asText().compareTo("2025-07") >= 0
                        && f.path("sortDate").asText().compareTo("2025-12~") <= 0, f::toString));
        assertTrue(walk("/facts", "type=INVESTMENT&from=1990&to=1991", 5).isEmpty());
    }

    @Test
    void aLimitAboveTheMaximumIsCapped() {
        Response page = api.get("/documents", "limit=100000");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.json().path("items").size() <= 100);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "/facts|null",
            "/facts|type=",
            "/facts|type=INVESTMENTS",
            "/facts|type=INVESTMENT&from=2025-13",
            "/facts|type=INVESTMENT&from=2025-02-30",
            "/facts|type=INVESTMENT&to=25",
            "/facts|type=INVESTMENT&from=2025-12&to=2025-01",
            "/facts|type=INVESTMENT&minAmount=lots",
            "/facts|type=INVESTMENT&minAmount=-5",
            "/facts|type=INVESTMENT&minAmount=1e9",
            "/facts|type=INVESTMENT&currency=dollars",
            "/facts|type=INVESTMENT&limit=0",
            "/facts|type=INVESTMENT&limit=-1",
            "/facts|type=INVESTMENT&limit=ten",
            "/facts|type=INVESTMENT&limit=1.5",
            "/facts|type=INVESTMENT&type=ACQUISITION",
            "/facts|type=INVESTMENT&minamount=5",
            "/documents|limit=",
            "/documents|q=meta",
            "/documents|next=",
            "/entities|null",
            "/entities|q=",
            "/entities|q=%20%2C%21",
            "/entities|q=Meta&type=COMPANY",
            "/entities|q=%E0%A4",
            "/entities|q=%zz",
            "/entities/Q380/facts|from=yesterday",
            "/entities/Q380/facts|type=MERGER",
            "/documents/d0000000000000000|limit=5",
    })
    void badParametersAreA400ThatSaysWhatIsWrong(String path, String query) {
        Response response = api.get(path, query);
        assertEquals(400, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
        JsonNode problem = response.json();
        assertEquals(400, problem.path("status").asInt());
        assertFalse(problem.path("detail").asText().isBlank());
    }

    @ParameterizedTest
    @CsvSource({
            "/documents/d0000000000000000",
            "/documents/d0000000000000000/facts",
            "/documents/not-an-id",
            "/documents/D0123456789ABCDEF",
            "/entities/Q0",
            "/entities/Q0/facts",
            "/entities/%00",
            "/entities/no%20such%20entity/facts",
            "/nothing",
            "/",
            "/documents/d0000000000000000/facts/more",
            "/entities//facts",
    })
    void unknownIdsAndRoutesAreA404(String path) {
        Response response = api.get(path);
        assertEquals(404, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
    }

    @Test
    void otherMethodsAreA405ThatNamesGet() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            Response response = api.send(method, "/documents", null);
            assertEquals(405, response.status(), response::toString);
            assertEquals("GET", response.headers().get("allow"));
        }
    }

    @Test
    void aTamperedForeignOrReplayedCursorIsA400() {
        String path = "/entities/" + encode(meta()) + "/facts";
        Response first = api.get(path, "limit=1");
        String next = first.json().path("next").asText();
        assertFalse(next.isEmpty(), "Meta has more than one fact");
        assertEquals(200, api.get(path, "limit=1&next=" + encode(next)).status(), "the untouched cursor works");
        int dot = next.indexOf('.');
        List<String> bad = new ArrayList<>(List.of(
                flip(next, 2), flip(next, dot + 3), next.substring(0, dot), next + "x", "abc", "a.b", ".", next + "." + next));
        for (String cursor : bad) {
            Response response = api.get(path, "limit=1&next=" + encode(cursor));
            assertEquals(400, response.status(), () -> cursor + " → " + response);
        }
        assertEquals(400, api.get(path, "type=INVESTMENT&next=" + encode(next)).status(), "another query");
        assertEquals(400, api.get("/documents", "next=" + encode(next)).status(), "another route");
        assertEquals(400, api.get("/entities/Q0/facts", "next=" + encode(next)).status(), "another entity");
        assertEquals(200, api.get(path, "limit=3&next=" + encode(next)).status(), "the page size may change");

        ApiCalls otherKey = new ApiCalls(new QueryHandler(QueryHandler.api(
                articles.dynamo, articles.aws.table(), "another-key-of-at-least-thirty-two-bytes".getBytes())));
        assertEquals(400, otherKey.get(path, "limit=1&next=" + encode(next)).status(), "signed with another key");
    }

    /** The cursor with one character changed to another base64url character. */
    private static String flip(String cursor, int at) {
        char c = cursor.charAt(at);
        return cursor.substring(0, at) + (c == 'A' ? 'B' : 'A') + cursor.substring(at + 1);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void aNamedStageInThePathAndEventsWithoutARawQueryStringAreUnderstood() {
        var staged = ApiCalls.event("GET", "/prod/documents/" + articles.seedDoc, null);
        staged.getRequestContext().setStage("prod");
        Response response = api.send(staged);
        assertEquals(200, response.status(), response::toString);
        assertEquals(articles.seedDoc, response.json().path("id").asText());

        var decoded = ApiCalls.event("GET", "/entities", null);
        decoded.setRawQueryString(null);
        decoded.setQueryStringParameters(java.util.Map.of("q", "ميتا"));
        assertTrue(texts(list(api.send(decoded).json().path("items")), "id").contains(meta()));
    }

    @Test
    void theSameQueryGivesTheSameCursor() {
        String a = api.get("/documents", "limit=1").json().path("next").asText();
        String b = api.get("/documents", "limit=1").json().path("next").asText();
        assertEquals(a, b);
        assertNotEquals(a, api.get("/documents", "limit=2").json().path("next").asText());
    }
}
