package dev.khabar.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to the AWS emulator. Declare an {@link Emulator} parameter where you need it:
 * <pre>{@code
 * @WithEmulator
 * class StoreTest {
 *     @Test void writes(Emulator emulator) {
 *         ProvisionedResources aws = emulator.provision();
 *         // clients built with the SDK's default chain now reach the emulator
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EmulatorExtension.class)
public @interface WithEmulator {}
