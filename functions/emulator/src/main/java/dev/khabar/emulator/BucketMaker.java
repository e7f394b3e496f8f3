package dev.khabar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.NotificationConfigurationFilter;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3KeyFilter;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Creates the template's bucket with its versioning and its notifications to SQS queues, then consumes the
 * {@code s3:TestEvent} that S3 (and the emulators) send to each notified queue, so the queues start empty.
 */
final class BucketMaker {
    record Created(String name, boolean versioned, List<String> notifiedQueueArns) {}

    private final S3Client s3;
    private final SqsClient sqs;
    private final TemplateProvisioner.Resolver resolver;

    BucketMaker(S3Client s3, SqsClient sqs, TemplateProvisioner.Resolver resolver) {
        this.s3 = s3;
        this.sqs = sqs;
        this.resolver = resolver;
    }

    Created create(String name, JsonNode properties) {
        s3.createBucket(b -> b.bucket(name));
        boolean versioned = false;
        if (properties.has("VersioningConfiguration")) {
            String status = resolver.resolve(properties.path("VersioningConfiguration").path("Status"), name + ".VersioningConfiguration").asText();
            versioned = BucketVersioningStatus.ENABLED.toString().equals(status);
            if (versioned) {
                s3.putBucketVersioning(b -> b.bucket(name).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            }
        }
        JsonNode notifications = properties.path("NotificationConfiguration");
        for (String unsupported : List.of("TopicConfigurations", "LambdaConfigurations", "EventBridgeConfiguration")) {
            if (notifications.has(unsupported)) {
                throw new IllegalStateException(name + ": " + unsupported + " are not provisioned on an emulator; only QueueConfigurations");
            }
        }
        List<QueueConfiguration> queueConfigurations = new ArrayList<>();
        Set<String> queueArns = new LinkedHashSet<>();
        for (JsonNode declared : notifications.path("QueueConfigurations")) {
            JsonNode configuration = resolver.resolve(declared, name + ".NotificationConfiguration");
            String queueArn = configuration.path("Queue").asText();
            queueArns.add(queueArn);
            QueueConfiguration.Builder queue = QueueConfiguration.builder()
                    .queueArn(queueArn)
                    .eventsWithStrings(configuration.path("Event").asText());
            if (configuration.has("Filter")) {
                queue.filter(filter(configuration.get("Filter")));
            }
            queueConfigurations.add(queue.build());
        }
        if (!queueConfigurations.isEmpty()) {
            s3.putBucketNotificationConfiguration(b -> b.bucket(name)
                    .notificationConfiguration(n -> n.queueConfigurations(queueConfigurations)));
            queueArns.forEach(arn -> consumeTestEvents(resolver.ref(resolver.logicalIdOfArn(arn))));
        }
        return new Created(name, versioned, List.copyOf(queueArns));
    }

    private static NotificationConfigurationFilter filter(JsonNode declared) {
        List<FilterRule> rules = new ArrayList<>();
        declared.path("S3Key").path("Rules").forEach(rule -> rules.add(FilterRule.builder()
                .name(rule.path("Name").asText())
                .value(rule.path("Value").asText())
                .build()));
        return NotificationConfigurationFilter.builder().key(S3KeyFilter.builder().filterRules(rules).build()).build();
    }

    /** Deletes the test events waiting in the queue; anything else found is made visible again at once. */
    private void consumeTestEvents(String queueUrl) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
        for (Message message : messages) {
            if (message.body().contains("\"s3:TestEvent\"")) {
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            } else {
                sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(0));
            }
        }
    }
}
