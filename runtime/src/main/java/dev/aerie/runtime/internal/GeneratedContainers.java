package dev.aerie.runtime.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the container generated for a root module through {@link ServiceLoader}, the one lookup
 * Aerie allows at run time. Used by {@code Aerie.create} and by launchers that start the
 * container themselves.
 *
 * <p>The processor names the container of {@code app.Outer.Root} {@code app.Outer_Root_Application}.
 * A plain {@code ServiceLoader} would read the {@code META-INF/services} file of every jar on the
 * class path, opening them all, which was most of the start-up time of a small application. This
 * one is shown a single registration, naming that class, which it builds in memory: finding the
 * container reads no resource at all, and ServiceLoader still loads and instantiates it.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public final class GeneratedContainers {
    private GeneratedContainers() {}

    /**
     * A new, not yet started container for {@code rootModule}.
     *
     * @throws IllegalArgumentException when none was generated for it
     */
    public static ApplicationContainer load(Class<?> rootModule) {
        String container = containerName(rootModule);
        try {
            for (ApplicationContainer found : ServiceLoader.load(ApplicationContainer.class,
                    new OneRegistration(rootModule.getClassLoader(), container))) {
                if (found.rootModule() == rootModule) {
                    return found;
                }
            }
        } catch (ServiceConfigurationError missing) {
            // no such class, or not a container: the same advice as finding none
        }
        throw new IllegalArgumentException("No Aerie container was generated for " + rootModule.getName()
                + " (there is no class " + container + "). Annotate it with @Module, make sure no other module"
                + " imports it (only root modules get a container), and put aerie-processor on the compiler's"
                + " annotationProcessorPaths.");
    }

    /** {@code app.Outer_Root_Application} for {@code app.Outer.Root}: the simple names joined by {@code _}. */
    static String containerName(Class<?> rootModule) {
        StringBuilder name = new StringBuilder(rootModule.getSimpleName()).append("_Application");
        for (Class<?> outer = rootModule.getDeclaringClass(); outer != null; outer = outer.getDeclaringClass()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        String pkg = rootModule.getPackageName();
        return pkg.isEmpty() ? name.toString() : pkg + "." + name;
    }

    /** Loads classes like its parent, but answers ServiceLoader's search with one registration, in memory. */
    private static final class OneRegistration extends ClassLoader {
        private static final String SERVICE_FILE = "META-INF/services/" + ApplicationContainer.class.getName();
        private final URL registration;

        OneRegistration(ClassLoader parent, String container) {
            super(parent);
            byte[] content = (container + "\n").getBytes(StandardCharsets.UTF_8);
            this.registration = inMemory(container, content);
        }

        private static URL inMemory(String container, byte[] content) {
            URLStreamHandler handler = new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {}

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(content);
                        }
                    };
                }
            };
            try {
                return URL.of(URI.create("aerie-container:" + container), handler);
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e); // cannot happen: the scheme is ours, the name a class name
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals(SERVICE_FILE) ? Collections.enumeration(List.of(registration)) : super.getResources(name);
        }
    }
}
