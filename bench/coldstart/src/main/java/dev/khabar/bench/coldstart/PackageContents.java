package dev.khabar.bench.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a function's deployment package carries: its jars and their sizes, the SDK service clients in them,
 * libraries a function should not carry, and classes present twice (a shaded jar next to the jars it contains).
 *
 * @param jarBytes size of each jar, largest first
 */
record PackageContents(String name, Map<String, Long> jarBytes, long bytes, TreeSet<String> sdkServices,
                       TreeSet<String> unwanted, int duplicateClasses) {
    /** Package prefixes that mean a second HTTP client, a native client, or a library no handler uses. */
    private static final Map<String, String> UNWANTED = Map.of(
            "org/apache/http/", "Apache HTTP client",
            "software/amazon/awssdk/http/apache", "SDK Apache client",
            "io/netty/", "Netty",
            "software/amazon/awssdk/crt/", "AWS CRT (native)",
            "org/joda/time/", "joda-time",
            "software/amazon/awssdk/services/dynamodb/streams/", "DynamoDB Streams client",
            "software/amazon/awssdk/services/s3/presigner/", "S3 presigner");

    static PackageContents of(String name, List<Path> jars) throws IOException {
        TreeSet<String> services = new TreeSet<>();
        TreeSet<String> unwanted = new TreeSet<>();
        Map<String, Long> sizes = new TreeMap<>();
        Set<String> classes = new HashSet<>();
        int duplicates = 0;
        long total = 0;
        for (Path jar : jars) {
            long size = Files.size(jar);
            sizes.put(jar.getFileName().toString(), size);
            total += size;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String entryName = entry.getName();
                    String[] parts = entryName.split("/");
                    if (entryName.startsWith("software/amazon/awssdk/services/") && parts.length > 5) {
                        services.add(parts[4]);
                    }
                    UNWANTED.forEach((prefix, what) -> {
                        if (entryName.startsWith(prefix)) {
                            unwanted.add(what);
                        }
                    });
                    if (entryName.endsWith(".class") && !entryName.endsWith("module-info.class")
                            && !entryName.startsWith("META-INF/") && !classes.add(entryName)) {
                        duplicates++;
                    }
                }
            }
        }
        Map<String, Long> largestFirst = new LinkedHashMap<>();
        sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> largestFirst.put(e.getKey(), e.getValue()));
        return new PackageContents(name, largestFirst, total, services, unwanted, duplicates);
    }
}
