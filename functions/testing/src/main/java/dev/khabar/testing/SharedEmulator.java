package dev.khabar.testing;

import dev.khabar.emulator.EmulatorEndpoint;
import dev.khabar.emulator.MotoServer;
import dev.khabar.emulator.TemplateProvisioner;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.regions.Region;

/**
 * Starts the JVM's one emulator on first use and stops it when the JVM exits. LocalStack when Docker runs, else moto;
 * the system property {@code khabar.emulator} forces one. Forcing LocalStack without Docker aborts (skips) the tests
 * rather than failing them, so the same test classes run everywhere.
 */
public final class SharedEmulator {
    /** Later tags need an auth token; this one runs without. */
    static final DockerImageName LOCALSTACK_IMAGE = DockerImageName.parse("localstack/localstack:4.14.0");
    static final Region REGION = Region.US_EAST_1;

    private static Emulator emulator;
    private static RuntimeException startFailure;

    private SharedEmulator() {}

    /** The running emulator, started now if this is the first call in the JVM. */
    public static synchronized Emulator get() {
        if (startFailure != null) {
            throw startFailure; // one failed start (say, moto would not install) is not retried by every test class
        }
        if (emulator == null) {
            try {
                emulator = start();
            } catch (TestAbortedException e) {
                throw e;
            } catch (RuntimeException e) {
                startFailure = new IllegalStateException("the AWS emulator did not start: " + e.getMessage(), e);
                throw startFailure;
            }
            pointDefaultChainAt(emulator);
        }
        return emulator;
    }

    private static Emulator start() {
        EmulatorKind configured = EmulatorKind.configured();
        TemplateProvisioner provisioner = TemplateProvisioner.forRepo();
        if (configured == EmulatorKind.MOTO) {
            return startMoto(provisioner);
        }
        boolean docker = dockerAvailable();
        if (configured == EmulatorKind.LOCALSTACK && !docker) {
            throw new TestAbortedException(EmulatorKind.PROPERTY + "=localstack but no Docker engine answers: skipped");
        }
        return docker ? startLocalStack(provisioner) : startMoto(provisioner);
    }

    private static boolean dockerAvailable() {
        if (!mayHaveDocker()) {
            return false; // asking Testcontainers takes seconds in every test JVM when there is plainly no engine
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** False when no setting and no usual socket points at a Docker engine; true means "ask Testcontainers". */
    private static boolean mayHaveDocker() {
        if (System.getenv("DOCKER_HOST") != null || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))) {
            return true;
        }
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return Stream.of(Path.of("/var/run/docker.sock"), Path.of("/run/docker.sock"),
                        Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"),
                        Path.of(System.getProperty("user.home"), ".colima", "default", "docker.sock"),
                        runtimeDir == null ? Path.of("/nonexistent") : Path.of(runtimeDir, "docker.sock"))
                .anyMatch(Files::exists);
    }

    private static Emulator startMoto(TemplateProvisioner provisioner) {
        MotoServer server = MotoServer.start();
        // MotoServer stops itself in a shutdown hook
        return new Emulator(EmulatorKind.MOTO, new EmulatorEndpoint(server.endpoint(), REGION), provisioner);
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook below (and by Testcontainers' reaper if the JVM dies)
    private static Emulator startLocalStack(TemplateProvisioner provisioner) {
        LocalStackContainer container = new LocalStackContainer(LOCALSTACK_IMAGE)
                .withServices(Service.S3, Service.SQS, Service.DYNAMODB)
                .withEnv("AWS_DEFAULT_REGION", REGION.id());
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "localstack-shutdown"));
        URI endpoint = container.getEndpoint();
        if ("localhost".equals(endpoint.getHost())) {
            // an IP literal makes the SDK address S3 buckets by path, as it must for an emulator
            endpoint = URI.create(endpoint.getScheme() + "://127.0.0.1:" + endpoint.getPort());
        }
        return new Emulator(EmulatorKind.LOCALSTACK, new EmulatorEndpoint(endpoint, REGION), provisioner);
    }

    private static void pointDefaultChainAt(Emulator emulator) {
        System.setProperty("aws.endpointUrl", emulator.endpoint().toString());
        System.setProperty("aws.region", emulator.region().id());
        System.setProperty("aws.accessKeyId", EmulatorEndpoint.ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", EmulatorEndpoint.SECRET_ACCESS_KEY);
    }
}
