package dev.khabar.bench.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What a deployment jar carries: size, the SDK service clients in it, and libraries it should not carry. */
record JarContents(Path jar, long bytes, int entries, TreeSet<String> sdkServices, List<String> unwanted,
                   Map<String, Long> compressedByLibrary) {
    /** Package prefixes that mean a second HTTP client, a native client, or a library no handler uses. */
    private static final Map<String, String> UNWANTED = Map.of(
            "org/apache/http/", "Apache HTTP client",
            "software/amazon/awssdk/http/apache", "SDK Apache client",
            "io/netty/", "Netty",
            "software/amazon/awssdk/http/nio/netty/", "SDK Netty client",
            "software/amazon/awssdk/crt/", "AWS CRT (native)",
            "org/joda/time/", "joda-time",
            "software/amazon/awssdk/services/dynamodb/streams/", "DynamoDB Streams client",
            "software/amazon/awssdk/services/s3/presigner/", "S3 presigner");

    static JarContents of(Path jar) throws IOException {
        TreeSet<String> services = new TreeSet<>();
        TreeSet<String> unwanted = new TreeSet<>();
        Map<String, Long> byLibrary = new TreeMap<>();
        int entries = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries++;
                String name = entry.getName();
                if (name.startsWith("software/amazon/awssdk/services/") && name.split("/").length > 5) {
                    services.add(name.split("/")[4]);
                }
                UNWANTED.forEach((prefix, what) -> {
                    if (name.startsWith(prefix)) {
                        unwanted.add(what);
                    }
                });
                byLibrary.merge(library(name), Math.max(0, entry.getCompressedSize()), Long::sum);
            }
        }
        return new JarContents(jar, Files.size(jar), entries, services, new ArrayList<>(unwanted), byLibrary);
    }

    /** The SDK by module-like package (services/s3, core…), everything else by its first three package names. */
    private static String library(String name) {
        String[] parts = name.split("/");
        if (name.startsWith("software/amazon/awssdk/services/") && parts.length > 5) {
            return "awssdk/services/" + parts[4];
        }
        if (name.startsWith("software/amazon/awssdk/") && parts.length > 4) {
            return "awssdk/" + parts[3];
        }
        return parts.length > 3 ? parts[0] + "/" + parts[1] + "/" + parts[2] : "(other)";
    }
}
