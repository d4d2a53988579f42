package dev.aerie.runtime;

import java.util.ServiceLoader;

/**
 * Finds the container generated for a root module through {@link ServiceLoader}, the one lookup
 * Aerie allows at run time. Used by {@code Aerie.create} and by launchers that start the
 * container themselves.
 */
public final class GeneratedContainers {
    private GeneratedContainers() {}

    /**
     * A new, not yet started container for {@code rootModule}.
     *
     * @throws IllegalArgumentException when none was generated for it
     */
    public static ApplicationContainer load(Class<?> rootModule) {
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
