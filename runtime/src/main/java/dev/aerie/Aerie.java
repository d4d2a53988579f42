package dev.aerie;

import dev.aerie.api.Container;
import dev.aerie.runtime.ApplicationContainer;
import dev.aerie.runtime.GeneratedContainers;
import java.util.concurrent.CountDownLatch;

/** Starts Aerie applications generated from a root {@code @Module}. */
public final class Aerie {
    private Aerie() {}

    /**
     * Creates and starts the container generated for {@code rootModule}: its {@code @OnStart}
     * hooks have run when this returns. Close it to run the {@code @OnStop} hooks.
     *
     * @throws IllegalArgumentException when no container was generated for {@code rootModule}
     */
    public static Container create(Class<?> rootModule) {
        ApplicationContainer container = GeneratedContainers.load(rootModule);
        container.start();
        return container;
    }

    /**
     * Starts the application and keeps it running until the JVM shuts down, then closes it.
     * (The HTTP layer replaces this with a launcher that also serves routes and answers commands.)
     */
    public static void run(Class<?> rootModule, String... args) {
        Container container = create(rootModule);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            container.close();
            stopped.countDown();
        }, "aerie-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
