package dev.khabar.local.aws;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 client of the local runner (uploads of the seed, checks of an existing bucket). The functions themselves
 * read S3 without the S3 client; the runner keeps it for what they never do.
 */
public final class S3Clients {
    private S3Clients() {
    }

    /** The SDK's own settings; path-style, which emulators need and S3 accepts. */
    public static S3Client fromEnvironment() {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).forcePathStyle(true).build();
    }
}
