package dev.khabar.query.http;

/**
 * An error the client should see as {@code application/problem+json} (RFC 9457). Thrown anywhere below the handler;
 * {@code type} is a URI naming the kind of problem, {@code detail} says what was wrong with this request.
 */
public final class Problem extends RuntimeException {
    private static final String TYPE_BASE = "https://khabar.dev/problems/";

    private final int status;
    private final String type;
    private final String title;

    private Problem(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = TYPE_BASE + slug;
        this.title = title;
    }

    public static Problem badParameter(String detail) {
        return new Problem(400, "bad-parameter", "Bad request parameter", detail);
    }

    public static Problem badCursor(String detail) {
        return new Problem(400, "bad-cursor", "Invalid pagination cursor", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    public static Problem unknownRoute(String detail) {
        return new Problem(404, "unknown-route", "No such route", detail);
    }

    public static Problem methodNotAllowed(String detail) {
        return new Problem(405, "method-not-allowed", "Method not allowed", detail);
    }

    public static Problem notReady(String detail) {
        return new Problem(409, "not-ready", "Not ready", detail);
    }

    public static Problem unavailable(String detail) {
        return new Problem(503, "unavailable", "Service unavailable", detail);
    }

    public static Problem internal(String detail) {
        return new Problem(500, "internal", "Internal error", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
