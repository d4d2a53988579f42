package dev.aerie.runtime;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the container generated for a root module through {@link ServiceLoader}, the one lookup
 * Aerie allows at run time. Used by {@code Aerie.create} and by launchers that start the
 * container themselves.
 *
 * <p>The processor registers each container in {@code META-INF/aerie/container/<root module>},
 * in the format of a {@code META-INF/services} file. A plain {@code ServiceLoader} would read
 * the service file of every jar on the class path, opening them all, which was most of the
 * start-up time of a small application; this loader shows ServiceLoader the one registration
 * of the root module instead, found where class loading would find the root module's own classes.
 */
public final class GeneratedContainers {
    static final String REGISTRATION = "META-INF/aerie/container/";

    private GeneratedContainers() {}

    /**
     * A new, not yet started container for {@code rootModule}.
     *
     * @throws IllegalArgumentException when none was generated for it
     */
    public static ApplicationContainer load(Class<?> rootModule) {
        ClassLoader loader = rootModule.getClassLoader();
        URL registration = loader.getResource(REGISTRATION + rootModule.getName());
        if (registration != null) {
            for (ApplicationContainer container
                    : ServiceLoader.load(ApplicationContainer.class, new OneRegistration(loader, registration))) {
                if (container.rootModule() == rootModule) {
                    return container;
                }
            }
        }
        throw new IllegalArgumentException("No Aerie container was generated for " + rootModule.getName()
                + ". Annotate it with @Module, make sure no other module imports it (only root modules get"
                + " a container), and put aerie-processor on the compiler's annotationProcessorPaths.");
    }

    /** Loads classes like its parent, but answers ServiceLoader's search with one registration file. */
    private static final class OneRegistration extends ClassLoader {
        private static final String SERVICE_FILE = "META-INF/services/" + ApplicationContainer.class.getName();
        private final URL registration;

        OneRegistration(ClassLoader parent, URL registration) {
            super(parent);
            this.registration = registration;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals(SERVICE_FILE) ? Collections.enumeration(List.of(registration)) : super.getResources(name);
        }
    }
}
