package dev.khabar.query.api;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON object per line on stderr, as Lambda's JSON log format expects from a function without a logging library. */
final class Log {
    private Log() {
    }

    static void error(String message, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        Map<String, String> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("message", message);
        line.put("errorType", error.getClass().getName());
        line.put("errorMessage", String.valueOf(error.getMessage()));
        line.put("stackTrace", trace.toString());
        try {
            System.err.println(ViewJson.write(line));
        } catch (Exception e) {
            System.err.println(message + ": " + trace);
        }
    }
}
