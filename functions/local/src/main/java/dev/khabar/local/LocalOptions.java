package dev.khabar.local;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The flags of {@code bin/khabar local}. Parsing never exits: a bad flag is an {@link IllegalArgumentException} whose
 * message is shown with a pointer to {@code --help}.
 *
 * @param apiPort      port of the query API on 127.0.0.1 (0: any free port)
 * @param emulatorPort port of the moto server on 127.0.0.1 (0: any free port); unused with an endpoint
 * @param endpoint     a running emulator to use instead of starting moto; null for moto or real AWS
 * @param aws          use real AWS (the SDK's own region and credentials): nothing is started or created
 * @param region       region of every client; null: us-east-1 on an emulator, the SDK's own setting on AWS
 * @param bucket       the documents bucket
 * @param prefix       start of the queue and table names created from the template
 * @param queueUrl     attach to this ingest queue instead of creating one (with {@code table}; required on AWS)
 * @param table        attach to this table instead of creating one
 * @param consumers    threads polling the queue, each running its own extract handler (as Lambda runs containers)
 * @param seeds        whether to upload the repository's seeds/ at start
 */
public record LocalOptions(int apiPort, int emulatorPort, URI endpoint, boolean aws, String region, String bucket, String prefix,
                           String queueUrl, String table, int consumers, boolean seeds, boolean help) {
    static final String DEFAULT_BUCKET = "khabar-local";

    static final String HELP = """
            Usage: bin/khabar local [options]

            Runs Khabar on this machine: an AWS emulator (the moto server, installed into .venv/moto on first use),
            the bucket, queues and table of infra/template.yaml, the extract function fed by the bucket's
            notifications through the queue, and the query API over HTTP. Ctrl-C stops everything.

            Options:
              --port N             query API port on 127.0.0.1 (default 3000; 0 picks a free one)
              --emulator-port N    moto server port on 127.0.0.1 (default 4566; 0 picks a free one)
              --endpoint URL       use the emulator already running at URL (e.g. LocalStack, http://localhost:4566)
                                   instead of starting moto
              --endpoint aws       use real AWS (region and credentials from the SDK's settings): nothing is
                                   created; --bucket, --queue-url and --table name a deployed stack's resources
              --region NAME        region of all clients (default us-east-1 on an emulator)
              --bucket NAME        the documents bucket (default khabar-local)
              --prefix P           start of the queue and table names created from the template (default khabar-local)
              --queue-url URL      attach to this ingest queue instead of creating the resources (needs --table)
              --table NAME         attach to this table instead of creating the resources (needs --queue-url)
              --consumers N        threads polling the queue, each with its own extract handler (default 4)
              --no-seeds           do not upload the repository's seeds/ at start
              -h, --help           show this help
            """;

    public static LocalOptions parse(List<String> args) {
        int apiPort = 3000;
        int emulatorPort = 4566;
        URI endpoint = null;
        boolean aws = false;
        String region = null;
        String bucket = null;
        String prefix = "khabar-local";
        String queueUrl = null;
        String table = null;
        int consumers = 4;
        boolean seeds = true;
        boolean help = false;
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String flag = rest.pop();
            switch (flag) {
                case "--port" -> apiPort = port(flag, value(flag, rest));
                case "--emulator-port" -> emulatorPort = port(flag, value(flag, rest));
                case "--endpoint" -> {
                    String value = value(flag, rest);
                    aws = value.equalsIgnoreCase("aws");
                    endpoint = aws ? null : endpoint(value);
                }
                case "--region" -> region = value(flag, rest);
                case "--bucket" -> bucket = value(flag, rest);
                case "--prefix" -> prefix = value(flag, rest);
                case "--queue-url" -> queueUrl = value(flag, rest);
                case "--table" -> table = value(flag, rest);
                case "--consumers" -> consumers = number(flag, value(flag, rest), 1, 64);
                case "--no-seeds" -> seeds = false;
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
            }
        }
        if ((queueUrl == null) != (table == null)) {
            throw new IllegalArgumentException("--queue-url and --table go together: both name existing resources to attach to");
        }
        if (aws && (queueUrl == null || bucket == null)) {
            throw new IllegalArgumentException("with --endpoint aws nothing is created: name the deployed stack's"
                    + " resources with --bucket, --queue-url and --table (its outputs DocumentsBucketName,"
                    + " IngestQueueUrl and FactsTableName)");
        }
        return new LocalOptions(apiPort, emulatorPort, endpoint, aws, region, bucket == null ? DEFAULT_BUCKET : bucket,
                prefix, queueUrl, table, consumers, seeds, help);
    }

    /** Whether the resources exist already and are only used, never created. */
    public boolean attaches() {
        return queueUrl != null;
    }

    public boolean startsMoto() {
        return endpoint == null && !aws;
    }

    private static String value(String flag, Deque<String> rest) {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return rest.pop();
    }

    private static int port(String flag, String value) {
        return number(flag, value, 0, 65535);
    }

    private static int number(String flag, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(flag + " takes a number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static URI endpoint(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--endpoint is not a URL: '" + value + "'", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("--endpoint takes an http(s) URL such as http://localhost:4566, or 'aws'; not '" + value + "'");
        }
        return uri;
    }
}
