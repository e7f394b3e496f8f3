package dev.khabar.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.khabar.core.model.FactsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output validates against the shared contract's JSON Schema (found at ../shared beside the project). */
class ContractSchemaTest {
    private static final Path ROOT = Path.of(System.getProperty("khabar.root", "../.."));
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "seed",
        "Acme Robotics raised $20 million in a round led by Sequoia. Its CEO Dana Park said hiring starts in June.",
        "وأعلنت شركة Nimbus عن تسريح 300 موظف، وقال مديرها التنفيذي سامر فريحات إن الشركة ستطلق منصة “Sky”.",
        ""})
    void outputFollowsTheContract(String text) throws IOException {
        Path schemaFile = ROOT.resolve("../shared/contract/facts-v1.schema.json").normalize();
        assumeTrue(Files.exists(schemaFile), "the shared contract is not beside the project");
        // the schema's $id is relative: it resolves against where the file lies
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaFile.toUri(), JSON.readTree(schemaFile.toFile()));
        String body = text.equals("seed")
                ? Files.readString(ROOT.resolve("seeds/000_acbe007552a08bad.txt"), StandardCharsets.UTF_8) : text;
        String json = FactsJson.write(Extracted.of(body, "2025-08-30").document());
        JsonNode node = JSON.readTree(json);
        Set<ValidationMessage> problems = schema.validate(node);
        assertEquals(Set.of(), problems);
    }
}
