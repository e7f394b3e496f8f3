package dev.khabar.local.aws;

import dev.khabar.emulator.EmulatorEndpoint;
import dev.khabar.emulator.MotoServer;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.emulator.TemplateProvisioner;
import dev.khabar.local.LocalOptions;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * The AWS side of a local run: the moto server it starts (or the endpoint it is given), the SDK settings that point
 * every client of this JVM there, and the bucket, queues and table (created from the template, or attached to).
 */
public final class LocalAws implements AutoCloseable {
    private static final String EMULATOR_REGION = "us-east-1";

    private final MotoServer moto;
    private final LocalResources resources;

    private LocalAws(MotoServer moto, LocalResources resources) {
        this.moto = moto;
        this.resources = resources;
    }

    public static LocalAws start(LocalOptions options, Path repoRoot, PrintStream out) {
        MotoServer moto = null;
        try {
            URI endpoint = options.endpoint();
            if (options.startsMoto()) {
                out.println("Starting the moto server on 127.0.0.1:" + options.emulatorPort()
                        + " (the first run installs it into .venv/moto, which takes a minute)…");
                moto = MotoServer.start(repoRoot, options.emulatorPort());
                endpoint = moto.endpoint();
            }
            String region = region(options, endpoint);
            pointSdkAt(endpoint, region);
            LocalResources resources = options.attaches()
                    ? new ExistingResources(endpoint, region).attach(options.bucket(), options.queueUrl(), options.table())
                    : provision(repoRoot, endpoint, region, options);
            return new LocalAws(moto, resources);
        } catch (RuntimeException e) {
            if (moto != null) {
                moto.close();
            }
            throw e;
        }
    }

    public LocalResources resources() {
        return resources;
    }

    /** The moto server's log, when this run started one. */
    public Optional<Path> emulatorLog() {
        return moto == null ? Optional.empty() : Optional.of(moto.log());
    }

    @Override
    public void close() {
        if (moto != null) {
            moto.close();
        }
    }

    private static String region(LocalOptions options, URI endpoint) {
        if (options.region() != null) {
            return options.region();
        }
        if (endpoint != null) {
            return EMULATOR_REGION;
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion().id();
        } catch (SdkException e) {
            throw new IllegalArgumentException("no AWS region configured: pass --region or set AWS_REGION", e);
        }
    }

    /**
     * The handlers build their clients from the SDK's default chain, as in Lambda; these system properties point
     * that chain at the emulator. On AWS only the region is set, credentials come from the user's own settings.
     */
    private static void pointSdkAt(URI endpoint, String region) {
        System.setProperty("aws.region", region);
        if (endpoint != null) {
            System.setProperty("aws.endpointUrl", endpoint.toString());
            System.setProperty("aws.accessKeyId", EmulatorEndpoint.ACCESS_KEY_ID);
            System.setProperty("aws.secretAccessKey", EmulatorEndpoint.SECRET_ACCESS_KEY);
        }
    }

    private static LocalResources provision(Path repoRoot, URI endpoint, String region, LocalOptions options) {
        TemplateProvisioner provisioner = new TemplateProvisioner(repoRoot.resolve("infra").resolve("template.yaml"));
        ProvisionedResources created;
        try {
            created = provisioner.provision(new EmulatorEndpoint(endpoint, Region.of(region)), options.prefix(), options.bucket());
        } catch (SdkException e) {
            throw new IllegalStateException("cannot create the template's resources on " + endpoint + ": " + e.getMessage()
                    + "\nIf an earlier run created them there, restart the emulator, choose other names (--bucket,"
                    + " --prefix), or attach to them with --queue-url and --table", e);
        }
        return new LocalResources(endpoint, region, created.bucket(), created.queueUrl(), created.queueArn(),
                created.deadLetterQueueUrl(), created.maxReceiveCount(), created.table());
    }
}
