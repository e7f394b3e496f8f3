package dev.khabar.store;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Kept apart from {@link AwsClients} so that loading AwsClients never needs the (optional) S3 classes. */
final class S3ClientFactory {
    private S3ClientFactory() {
    }

    static S3Client build(SdkHttpClient http, boolean pathStyle) {
        return S3Client.builder().httpClient(http).forcePathStyle(pathStyle).build();
    }
}
