package dev.khabar.store.objects;

/** S3 answered a GET with an error other than 404 (or kept failing): worth a retry of the whole message. */
public final class S3RequestException extends RuntimeException {
    private final int status;
    private final String code;

    S3RequestException(String bucket, String key, int status, String code) {
        super("GET s3://" + bucket + "/" + key + " failed: HTTP " + status + (code.isEmpty() ? "" : " " + code));
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** S3's error code (AccessDenied, SlowDown…), empty when the answer had none. */
    public String code() {
        return code;
    }
}
