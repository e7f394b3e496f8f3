package dev.khabar.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.store.AwsClients;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Resources that exist already (a deployed stack, or an emulator a previous run provisioned): checked, never created
 * or changed, so pointing a local run at an AWS account cannot leave anything behind there.
 */
final class ExistingResources {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String region;

    ExistingResources(URI endpoint, String region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    LocalResources attach(String bucket, String queueUrl, String table) {
        try (S3Client s3 = S3Clients.fromEnvironment();
             DynamoDbClient dynamo = AwsClients.dynamoDb();
             SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
            check(() -> s3.headBucket(b -> b.bucket(bucket)), "the bucket " + bucket);
            check(() -> dynamo.describeTable(b -> b.tableName(table)), "the table " + table);
            Map<QueueAttributeName, String> attributes = check(() -> sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN, QueueAttributeName.REDRIVE_POLICY)).attributes(),
                    "the queue " + queueUrl);
            JsonNode redrive = redrivePolicy(attributes.get(QueueAttributeName.REDRIVE_POLICY));
            String deadLetterArn = redrive.path("deadLetterTargetArn").asText(null);
            String deadLetterUrl = deadLetterArn == null ? null : check(() -> sqs.getQueueUrl(b -> b
                    .queueName(deadLetterArn.substring(deadLetterArn.lastIndexOf(':') + 1))
                    .queueOwnerAWSAccountId(deadLetterArn.split(":")[4])).queueUrl(), "the dead-letter queue " + deadLetterArn);
            return new LocalResources(endpoint, region, bucket, queueUrl, attributes.get(QueueAttributeName.QUEUE_ARN),
                    deadLetterUrl, redrive.path("maxReceiveCount").asInt(0), table);
        }
    }

    private static JsonNode redrivePolicy(String policy) {
        if (policy == null || policy.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(policy);
        } catch (IOException e) {
            throw new IllegalStateException("the queue's RedrivePolicy is not JSON: " + policy, e);
        }
    }

    private static <T> T check(Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new IllegalStateException(what + " cannot be used: " + e.getMessage(), e);
        }
    }
}
