package dev.aerie.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message for a test parameter of an application class that the root module cannot see. The
 * module that provides it is read from the graph the processor wrote
 * ({@code META-INF/aerie/graph/<root>.dot}), where each module is a cluster of its providers.
 */
final class NotVisible {
    private static final Pattern CLUSTER = Pattern.compile("^\\s*subgraph (\\S+) \\{\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\s*label=\"([^\"]+)\";\\s*$");
    private static final Pattern NODE = Pattern.compile("^\\s*n\\d+ \\[label=\"([^\" ]+)( \\(controller\\))?\"");

    private NotVisible() {}

    static String message(Class<?> type, Class<?> root) {
        String name = type.getSimpleName();
        String start = "Cannot inject " + name + " into this test: a test sees what its root module "
                + root.getSimpleName() + " sees (its own providers and what its imports export), and ";
        return provider(type, root)
                .map(module -> start + module + " provides " + name + " without exporting it. Add it to the"
                        + " exports of " + module + " (@Module(..., exports = " + name + ".class)), or inject"
                        + " a type that " + root.getSimpleName() + " sees.")
                .orElse(start + "no module it imports provides " + name + ". List " + name + " in the providers"
                        + " of a module that " + root.getSimpleName() + " imports, and export it from there.");
    }

    /** The simple name of the module whose cluster in the graph holds {@code type}. */
    private static Optional<String> provider(Class<?> type, Class<?> root) {
        String resource = "META-INF/aerie/graph/" + root.getName() + ".dot";
        try (InputStream in = root.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String cluster = null;
            boolean expectLabel = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher subgraph = CLUSTER.matcher(line);
                if (subgraph.matches()) {
                    // a module's cluster is numbered; "cluster_generated" holds what Aerie generated
                    expectLabel = subgraph.group(1).matches("cluster_\\d+");
                    cluster = null;
                    continue;
                }
                Matcher label = LABEL.matcher(line);
                if (expectLabel && label.matches()) {
                    cluster = label.group(1);
                    expectLabel = false;
                    continue;
                }
                Matcher node = NODE.matcher(line);
                if (cluster != null && node.find() && node.group(1).equals(type.getSimpleName())) {
                    return Optional.of(cluster);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
