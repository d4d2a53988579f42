package dev.aerie;

import dev.aerie.api.Container;
import dev.aerie.runtime.ApplicationContainer;
import java.util.ServiceLoader;
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

    /** Finds generated containers through {@link ServiceLoader}, the one lookup Aerie allows. */
    static final class GeneratedContainers {
        private GeneratedContainers() {}

        static ApplicationContainer load(Class<?> rootModule) {
            String expected = containerName(rootModule);
            ClassLoader loader = rootModule.getClassLoader();
            for (ServiceLoader.Provider<ApplicationContainer> provider
                    : ServiceLoader.load(ApplicationContainer.class, loader).stream().toList()) {
                // compare names first so that only the wanted container is instantiated
                if (provider.type().getName().equals(expected)) {
                    ApplicationContainer container = provider.get();
                    if (container.rootModule() == rootModule) {
                        return container;
                    }
                }
            }
            throw new IllegalArgumentException("No Aerie container was generated for " + rootModule.getName()
                    + ". Annotate it with @Module, make sure no other module imports it (only root modules get"
                    + " a container), and put aerie-processor on the compiler's annotationProcessorPaths.");
        }

        /** {@code p.AppModule} gives {@code p.AppModule_Application}; {@code p.Outer$App} gives {@code p.Outer_App_Application}. */
        static String containerName(Class<?> rootModule) {
            return rootModule.getName().replace('$', '_') + "_Application";
        }
    }
}
