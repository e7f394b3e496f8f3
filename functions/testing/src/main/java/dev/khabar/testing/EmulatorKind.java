package dev.khabar.testing;

import java.util.Locale;

/** Which AWS emulator the tests of this JVM talk to. */
public enum EmulatorKind {
    /** The moto server, run from a venv in the checkout: needs only Python 3. */
    MOTO,
    /** LocalStack 4.14.0 in a container started by Testcontainers: needs a Docker engine. */
    LOCALSTACK;

    /** The system property that chooses the emulator: {@code moto} or {@code localstack}. */
    public static final String PROPERTY = "khabar.emulator";

    /** The configured kind, or null when the property is unset (then Docker's presence decides). */
    static EmulatorKind configured() {
        String value = System.getProperty(PROPERTY, "").trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be 'moto' or 'localstack', not '" + value + "'", e);
        }
    }
}
