package dev.khabar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates the template's SQS queues, dead-letter queues before the queues that redrive into them. */
final class QueueMaker {
    /** Template properties that are SQS attributes of the same name and matter to an emulator. */
    private static final List<String> COPIED_ATTRIBUTES = List.of("VisibilityTimeout", "MessageRetentionPeriod",
            "DelaySeconds", "MaximumMessageSize", "ReceiveMessageWaitTimeSeconds", "FifoQueue", "ContentBasedDeduplication");

    private final SqsClient sqs;
    private final TemplateProvisioner.Resolver resolver;
    private final String prefix;

    QueueMaker(SqsClient sqs, TemplateProvisioner.Resolver resolver, String prefix) {
        this.sqs = sqs;
        this.resolver = resolver;
        this.prefix = prefix;
    }

    void createAll(Map<String, JsonNode> queues) {
        Map<String, JsonNode> pending = new LinkedHashMap<>(queues);
        while (!pending.isEmpty()) {
            String ready = pending.entrySet().stream()
                    .filter(e -> deadLetterTarget(e.getValue()) == null || resolver.isDefined(deadLetterTarget(e.getValue())))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("queues redrive into queues that do not exist or into each other: " + pending.keySet()));
            create(ready, pending.remove(ready).path("Properties"));
        }
    }

    private static String deadLetterTarget(JsonNode queue) {
        return TemplateProvisioner.Resolver.getAttTarget(queue.path("Properties").path("RedrivePolicy").path("deadLetterTargetArn"));
    }

    private void create(String logicalId, JsonNode properties) {
        Map<String, String> attributes = new HashMap<>();
        for (String name : COPIED_ATTRIBUTES) {
            if (properties.has(name)) {
                attributes.put(name, resolver.resolve(properties.get(name), logicalId + "." + name).asText());
            }
        }
        if (properties.has("RedrivePolicy")) {
            JsonNode redrive = resolver.resolve(properties.get("RedrivePolicy"), logicalId + ".RedrivePolicy");
            attributes.put(QueueAttributeName.REDRIVE_POLICY.toString(), redrive.toString());
        }
        String name = TemplateProvisioner.physicalName(prefix, logicalId)
                + (attributes.getOrDefault("FifoQueue", "false").equals("true") ? ".fifo" : "");
        String url = sqs.createQueue(b -> b.queueName(name).attributesWithStrings(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        resolver.define(logicalId, url, arn);
    }
}
