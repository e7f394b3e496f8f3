package dev.khabar.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the JVM's shared {@link Emulator}: started before the class's tests (skipping them when
 * LocalStack is forced without Docker), and injected into any test, lifecycle method or constructor parameter of
 * type {@code Emulator}. Use it through {@link WithEmulator}.
 */
public final class EmulatorExtension implements BeforeAllCallback, ParameterResolver {
    @Override
    public void beforeAll(ExtensionContext context) {
        SharedEmulator.get();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedEmulator.get();
    }
}
