package dev.khabar.local.aws;

import java.net.URI;

/**
 * Where the AWS services answer and which of their resources Khabar uses there.
 *
 * @param endpoint           the emulator's URL; null on real AWS
 * @param deadLetterQueueUrl where the ingest queue's redrive policy sends a message; null when it has none
 * @param maxReceiveCount    receives before that happens; 0 when there is no redrive policy
 */
public record LocalResources(URI endpoint, String region, String bucket, String queueUrl, String queueArn,
                             String deadLetterQueueUrl, int maxReceiveCount, String table) {
    public boolean onAws() {
        return endpoint == null;
    }
}
