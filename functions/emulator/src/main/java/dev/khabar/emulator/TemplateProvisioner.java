package dev.khabar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Creates on an emulator the bucket, queues and table that infra/template.yaml declares, with the template's keys,
 * indexes, redrive policy and bucket notifications (read from the template, never restated here). Physical names are
 * {@code <prefix>-<logical id in kebab case>}, so parallel tests and local runs do not collide.
 * Functions and the HTTP API are not created: tests and the local runner call the handlers themselves.
 */
public final class TemplateProvisioner {
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{0,29}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode template;

    public TemplateProvisioner(Path templateFile) {
        this.template = CloudFormationYaml.read(templateFile);
    }

    /** The provisioner for infra/template.yaml of the checkout found by {@link RepoRoot#find()}. */
    public static TemplateProvisioner forRepo() {
        return new TemplateProvisioner(RepoRoot.find().resolve("infra").resolve("template.yaml"));
    }

    /** The template as a JSON tree, short tags in long form (see {@link CloudFormationYaml}). */
    public JsonNode template() {
        return template.deepCopy();
    }

    /**
     * Creates everything with names starting with {@code prefix} (lowercase letters, digits and hyphens, at most 30)
     * and returns them once the table is active and the bucket notifies the queue. The queues start empty: the
     * {@code s3:TestEvent} S3 sends when notifications are configured is consumed here.
     */
    public ProvisionedResources provision(EmulatorEndpoint emulator, String prefix) {
        return provision(emulator, prefix, null);
    }

    /** As {@link #provision(EmulatorEndpoint, String)}, but the bucket is named {@code bucketName} when not null. */
    public ProvisionedResources provision(EmulatorEndpoint emulator, String prefix, String bucketName) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must be 1-30 lowercase letters, digits or hyphens: '" + prefix + "'");
        }
        try (S3Client s3 = emulator.s3(); SqsClient sqs = emulator.sqs(); DynamoDbClient dynamoDb = emulator.dynamoDb()) {
            Resolver resolver = new Resolver(template.path("Parameters"), emulator.region().id());
            Map<String, JsonNode> queues = resourcesOfType("AWS::SQS::Queue");
            Map<String, JsonNode> tables = resourcesOfType("AWS::DynamoDB::Table");
            Map<String, JsonNode> buckets = resourcesOfType("AWS::S3::Bucket");
            if (buckets.size() != 1 || tables.size() != 1) {
                throw new IllegalStateException("the template must declare one bucket and one table; it has "
                        + buckets.keySet() + " and " + tables.keySet());
            }

            new QueueMaker(sqs, resolver, prefix).createAll(queues);
            String tableId = tables.keySet().iterator().next();
            new TableMaker(dynamoDb).create(physicalName(prefix, tableId), properties(tables.get(tableId)), resolver);
            resolver.define(tableId, physicalName(prefix, tableId), null);

            String bucketId = buckets.keySet().iterator().next();
            BucketMaker.Created bucket = new BucketMaker(s3, sqs, resolver)
                    .create(bucketName != null ? bucketName : physicalName(prefix, bucketId), properties(buckets.get(bucketId)));
            return describe(bucket, resolver, queues, physicalName(prefix, tableId), sqs);
        }
    }

    private ProvisionedResources describe(BucketMaker.Created bucket, Resolver resolver, Map<String, JsonNode> queues,
                                          String table, SqsClient sqs) {
        if (bucket.notifiedQueueArns().size() != 1) {
            throw new IllegalStateException("the bucket must notify exactly one queue; it notifies " + bucket.notifiedQueueArns());
        }
        String queueArn = bucket.notifiedQueueArns().getFirst();
        String queueId = resolver.logicalIdOfArn(queueArn);
        JsonNode queueProperties = properties(queues.get(queueId));
        JsonNode redrive = queueProperties.path("RedrivePolicy");
        if (redrive.isMissingNode()) {
            throw new IllegalStateException("the notified queue " + queueId + " has no RedrivePolicy");
        }
        String deadLetterArn = resolver.resolve(redrive.path("deadLetterTargetArn"), queueId + ".RedrivePolicy").asText();
        String deadLetterUrl = resolver.ref(resolver.logicalIdOfArn(deadLetterArn));
        int maxReceiveCount = resolver.resolve(redrive.path("maxReceiveCount"), queueId + ".RedrivePolicy").asInt();
        int visibilityTimeout = queueProperties.has("VisibilityTimeout")
                ? resolver.resolve(queueProperties.get("VisibilityTimeout"), queueId + ".VisibilityTimeout").asInt()
                : 30;
        return new ProvisionedResources(bucket.name(), bucket.versioned(), resolver.ref(queueId), queueArn,
                deadLetterUrl, deadLetterArn, maxReceiveCount, visibilityTimeout, table);
    }

    private Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        template.path("Resources").properties().forEach(entry -> {
            if (type.equals(entry.getValue().path("Type").asText())) {
                found.put(entry.getKey(), entry.getValue());
            }
        });
        return found;
    }

    private static JsonNode properties(JsonNode resource) {
        JsonNode properties = resource.path("Properties");
        return properties.isObject() ? properties : JSON.createObjectNode();
    }

    /** {@code FactsTable} with prefix {@code t1} → {@code t1-facts-table}. */
    static String physicalName(String prefix, String logicalId) {
        return prefix + "-" + logicalId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Resolves template values: literals, {@code Ref} to a parameter (its default) or to a created resource (its
     * name, or URL for a queue), {@code Fn::GetAtt X.Arn} of a created resource. Anything else is reported, naming
     * the property, rather than guessed.
     */
    static final class Resolver {
        private final JsonNode parameters;
        private final String region;
        private final Map<String, String> refs = new HashMap<>();
        private final Map<String, String> arns = new HashMap<>();

        Resolver(JsonNode parameters, String region) {
            this.parameters = parameters;
            this.region = region;
        }

        void define(String logicalId, String ref, String arn) {
            refs.put(logicalId, ref);
            if (arn != null) {
                arns.put(logicalId, arn);
            }
        }

        boolean isDefined(String logicalId) {
            return refs.containsKey(logicalId);
        }

        String ref(String logicalId) {
            String ref = refs.get(logicalId);
            if (ref == null) {
                throw new IllegalStateException(logicalId + " has not been created");
            }
            return ref;
        }

        String logicalIdOfArn(String arn) {
            return arns.entrySet().stream().filter(e -> e.getValue().equals(arn)).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no created resource has the ARN " + arn));
        }

        /** The logical id a {@code Fn::GetAtt X.Arn} names, or null when the value is something else. */
        static String getAttTarget(JsonNode value) {
            JsonNode getAtt = value.path("Fn::GetAtt");
            return getAtt.isArray() && getAtt.size() == 2 && "Arn".equals(getAtt.get(1).asText()) ? getAtt.get(0).asText() : null;
        }

        JsonNode resolve(JsonNode value, String where) {
            if (value.isValueNode()) {
                return value;
            }
            if (value.isObject() && value.size() == 1 && value.has("Ref")) {
                String name = value.get("Ref").asText();
                if ("AWS::Region".equals(name)) {
                    return JSON.getNodeFactory().textNode(region);
                }
                if (parameters.has(name) && parameters.get(name).has("Default")) {
                    return parameters.get(name).get("Default");
                }
                if (refs.containsKey(name)) {
                    return JSON.getNodeFactory().textNode(refs.get(name));
                }
            }
            String arnOf = getAttTarget(value);
            if (arnOf != null && arns.containsKey(arnOf)) {
                return JSON.getNodeFactory().textNode(arns.get(arnOf));
            }
            if (value.isArray()) {
                List<JsonNode> items = new ArrayList<>();
                value.forEach(item -> items.add(resolve(item, where)));
                return JSON.getNodeFactory().arrayNode().addAll(items);
            }
            if (value.isObject() && value.properties().stream().noneMatch(e -> e.getKey().equals("Ref") || e.getKey().startsWith("Fn::"))) {
                ObjectNode copy = JSON.createObjectNode();
                value.properties().forEach(e -> copy.set(e.getKey(), resolve(e.getValue(), where + "." + e.getKey())));
                return copy;
            }
            throw new IllegalStateException("cannot resolve " + value + " at " + where
                    + " on an emulator (supported: literals, Ref to a parameter with a default or to a created resource, Fn::GetAtt X.Arn)");
        }
    }
}
