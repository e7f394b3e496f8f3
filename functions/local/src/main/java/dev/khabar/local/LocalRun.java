package dev.khabar.local;

import dev.khabar.local.api.LocalApiServer;
import dev.khabar.local.aws.LocalAws;
import dev.khabar.local.aws.LocalResources;
import dev.khabar.local.aws.S3Clients;
import dev.khabar.local.extract.Progress;
import dev.khabar.local.extract.QueuePoller;
import dev.khabar.query.QueryHandler;
import dev.khabar.store.AwsClients;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One local run: started in dependency order (AWS side, extract consumers, query API, seeds) and stopped in the
 * reverse one, so that no message is cut off mid-batch and no process outlives the run.
 */
final class LocalRun {
    private final LocalOptions options;
    private final Path repoRoot;
    private final PrintStream out;
    private final Progress progress;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private LocalAws aws;
    private QueuePoller poller;
    private LocalApiServer api;
    private boolean stopping;

    LocalRun(LocalOptions options, Path repoRoot, PrintStream out) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.out = out;
        this.progress = new Progress(out);
    }

    void start() {
        LocalAws started = LocalAws.start(options, repoRoot, out);
        if (!register(started)) {
            return;
        }
        LocalResources resources = aws.resources();
        poller = new QueuePoller(resources, options.consumers(), progress);
        poller.start();
        // the cursor secret only has to outlive this run: cursors are handed out and read back by the same API
        byte[] cursorKey = new byte[32];
        new SecureRandom().nextBytes(cursorKey);
        api = LocalApiServer.start(options.apiPort(),
                new QueryHandler(QueryHandler.api(AwsClients.dynamoDb(), resources.table(), cursorKey)),
                resources.region(), out);
        URI url = api.url();
        Banner.print(out, resources, url, aws.emulatorLog());
        if (options.seeds()) {
            try (S3Client s3 = S3Clients.fromEnvironment()) {
                List<String> keys = Seeds.upload(repoRoot.resolve("seeds"), s3, resources.bucket());
                progress.note("uploaded " + keys.size() + " seed document(s) from seeds/");
            }
        }
    }

    /** Keeps the AWS side unless a stop came in while it was starting; then it is closed at once. */
    private synchronized boolean register(LocalAws started) {
        if (stopping) {
            started.close();
            return false;
        }
        aws = started;
        return true;
    }

    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Idempotent; safe from a signal handler while {@link #start()} is still running. */
    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        out.println();
        out.println("Stopping: finishing the batches in progress…");
        if (poller != null) {
            poller.close();
        }
        if (api != null) {
            api.close();
        }
        if (aws != null) {
            aws.close();
        }
        out.println("Stopped. Documents: " + (progress.tally().isEmpty() ? "none" : progress.tally()));
        out.flush();
        stopped.countDown();
    }
}
