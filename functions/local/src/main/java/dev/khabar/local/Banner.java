package dev.khabar.local;

import dev.khabar.local.aws.LocalResources;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** What a user needs once the run is up: where everything is and commands ready to paste. */
final class Banner {
    /** The line a script or test waits for: everything answers from here on. */
    static final String READY = "Khabar local is ready";

    private Banner() {}

    static void print(PrintStream out, LocalResources resources, URI api, Optional<Path> emulatorLog) {
        String endpoint = resources.onAws() ? "AWS (" + resources.region() + ")" : forHumans(resources.endpoint());
        out.println();
        out.println("  AWS endpoint  " + endpoint);
        emulatorLog.ifPresent(log -> out.println("  emulator log  " + log));
        out.println("  bucket        " + resources.bucket());
        out.println("  queue         " + resources.queueUrl());
        if (resources.deadLetterQueueUrl() != null) {
            out.println("  dead letters  " + resources.deadLetterQueueUrl() + " (after " + resources.maxReceiveCount() + " receives)");
        }
        out.println("  table         " + resources.table());
        out.println("  query API     " + api);
        out.println();
        out.println("Upload an article (any file name; .txt in UTF-8):");
        String endpointFlag = "";
        if (!resources.onAws()) {
            out.println("  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=" + resources.region());
            endpointFlag = " --endpoint-url " + forHumans(resources.endpoint());
        }
        out.println("  aws" + endpointFlag + " s3 cp article.txt s3://" + resources.bucket() + "/");
        out.println("Then read what was extracted:");
        out.println("  curl -s " + api + "/documents");
        out.println("  curl -s '" + api + "/entities?q=Meta'");
        out.println("  curl -s " + api + "/entities/ENTITY_ID/facts      # ENTITY_ID: an id from the answer above");
        out.println("  curl -s " + api + "/documents/DOCUMENT_ID/facts   # DOCUMENT_ID: an id from /documents");
        out.println("  curl -s '" + api + "/facts?type=INVESTMENT'");
        out.println();
        out.println(READY + " (Ctrl-C stops it). Documents appear below as they are processed.");
        out.flush();
    }

    /** The emulator listens on 127.0.0.1; "localhost" is what people type. */
    private static String forHumans(URI endpoint) {
        return "127.0.0.1".equals(endpoint.getHost())
                ? endpoint.toString().replaceFirst("//127\\.0\\.0\\.1", "//localhost") : endpoint.toString();
    }
}
