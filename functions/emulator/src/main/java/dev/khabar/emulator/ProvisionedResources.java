package dev.khabar.emulator;

/**
 * What {@link TemplateProvisioner} created on an emulator, named with the caller's prefix.
 *
 * @param bucket             the documents bucket; it notifies {@code queueUrl} of object creation and removal
 * @param versioned          whether the bucket keeps versions (as the template's default says)
 * @param queueUrl           the ingest queue the extract function consumes
 * @param queueArn           its ARN
 * @param deadLetterQueueUrl where the ingest queue moves a message after {@code maxReceiveCount} receives
 * @param deadLetterQueueArn its ARN
 * @param maxReceiveCount    the ingest queue's redrive limit, as in the template
 * @param visibilityTimeoutSeconds the ingest queue's visibility timeout, as in the template
 * @param table              the facts table (keys and GSIs as in the template)
 */
public record ProvisionedResources(
        String bucket,
        boolean versioned,
        String queueUrl,
        String queueArn,
        String deadLetterQueueUrl,
        String deadLetterQueueArn,
        int maxReceiveCount,
        int visibilityTimeoutSeconds,
        String table) {}
