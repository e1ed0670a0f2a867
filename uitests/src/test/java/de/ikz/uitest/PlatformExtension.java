package de.ikz.uitest;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the suite's one {@link Platform} before the first test class and stops it (by its pid) when the
 * whole run ends: a resource in the root store is closed after the last class, also after failures.
 */
public final class PlatformExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PlatformExtension.class, k -> new Stopper(), Stopper.class);
        Platform.get();
    }

    private static final class Stopper implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            Platform.shutdown();
        }
    }
}
