package dev.khabar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.emulator.EmulatorEndpoint;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.emulator.TemplateProvisioner;
import java.net.URI;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS emulator shared by every test of this JVM (see {@link EmulatorExtension}). While it runs, the system
 * properties {@code aws.endpointUrl}, {@code aws.region}, {@code aws.accessKeyId} and {@code aws.secretAccessKey}
 * point the SDK's default chain at it, so code under test builds its clients exactly as in production.
 */
public final class Emulator {
    private final EmulatorKind kind;
    private final EmulatorEndpoint endpoint;
    private final TemplateProvisioner provisioner;

    Emulator(EmulatorKind kind, EmulatorEndpoint endpoint, TemplateProvisioner provisioner) {
        this.kind = kind;
        this.endpoint = endpoint;
        this.provisioner = provisioner;
    }

    public EmulatorKind kind() {
        return kind;
    }

    public URI endpoint() {
        return endpoint.endpoint();
    }

    public Region region() {
        return endpoint.region();
    }

    /** Endpoint and region together, as the emulator module's API takes them. */
    public EmulatorEndpoint endpointInfo() {
        return endpoint;
    }

    /**
     * Creates the template's bucket, queues and table under a new random prefix, so each call gets resources of its
     * own (the emulator is shared by all test classes of the JVM).
     */
    public ProvisionedResources provision() {
        return provision("k" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    /** Creates the template's bucket, queues and table with names starting with {@code prefix}. */
    public ProvisionedResources provision(String prefix) {
        return provisioner.provision(endpoint, prefix);
    }

    /** infra/template.yaml as a JSON tree (short tags in long form), for asserting against what it declares. */
    public JsonNode template() {
        return provisioner.template();
    }

    /** A client for arranging and inspecting test data; close it after use. */
    public S3Client s3() {
        return endpoint.s3();
    }

    /** A client for arranging and inspecting test data; close it after use. */
    public SqsClient sqs() {
        return endpoint.sqs();
    }

    /** A client for arranging and inspecting test data; close it after use. */
    public DynamoDbClient dynamoDb() {
        return endpoint.dynamoDb();
    }

    @Override
    public String toString() {
        return kind + " at " + endpoint.endpoint();
    }
}
