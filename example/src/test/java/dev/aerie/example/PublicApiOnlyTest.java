package dev.aerie.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.Database;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User code names only the API: the example's sources, the second example's ({@code conduit/})
 * and the sources {@code aerie new} and {@code aerie generate} write name nothing in {@code dev.aerie.runtime.internal} (what generated
 * code and the launcher use) and nothing of the runtime but its few extension points; and the
 * {@link Database} users inject exposes no Helidon, JDBI, Hikari or Vert.x type.
 */
class PublicApiOnlyTest {
    /** What user code may name in aerie-runtime: the entry point, the extension points and the configuration. */
    private static final List<String> RUNTIME_API = List.of("dev.aerie.Aerie", "dev.aerie.runtime.cli.Command",
            "dev.aerie.runtime.cli.CommandContext", "dev.aerie.runtime.config.AerieConfig");
    /**
     * The one test that reaches past the API, and why: it runs the application's command line
     * in-process (commands, then serve with overrides), which has no public test entry point yet.
     */
    private static final Map<String, String> KNOWN = Map.of(
            "AppCommandsTest.java", "dev.aerie.runtime.internal.cli.Launcher");
    private static final Pattern RUNTIME_NAME = Pattern.compile("\\bdev\\.aerie\\.(?:runtime\\.[\\w.]*[A-Z]\\w*|Aerie\\b)");
    private static final List<String> INTERNALS = List.of("io.helidon.", "org.jdbi.", "com.zaxxer.", "io.vertx.",
            "dev.aerie.runtime.");

    @Test
    void exampleSourcesNameOnlyTheApi() throws IOException {
        List<Path> roots = List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"));
        assertEquals(List.of(), violations(roots), "use dev.aerie.api (Database, Session ...) instead");
    }

    @Test
    void conduitSourcesNameOnlyTheApi() throws IOException {
        Path conduit = Path.of("..", "conduit", "src", "main", "java");
        assertTrue(Files.isDirectory(conduit), conduit.toAbsolutePath() + " (the second example's sources)");
        assertEquals(List.of(), violations(List.of(conduit)), "the RealWorld example is user code too: use dev.aerie.api");
    }

    @Test
    void scaffoldedSourcesNameOnlyTheApi() throws IOException {
        Path templates = Path.of("..", "cli", "src", "main", "resources", "dev", "aerie", "cli", "templates");
        assertTrue(Files.isDirectory(templates), templates.toAbsolutePath() + " (the cli module's templates)");
        assertEquals(List.of(), violations(List.of(templates)), "templates write user code: use dev.aerie.api");
    }

    @Test
    void theInjectedDatabaseExposesNoRuntimeLibraryType() {
        List<String> leaks = new ArrayList<>();
        for (Method method : Database.class.getMethods()) {
            List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
            types.add(method.getGenericReturnType());
            types.addAll(List.of(method.getGenericExceptionTypes()));
            for (Type type : types) {
                for (String name : names(type)) {
                    if (INTERNALS.stream().anyMatch(name::startsWith)) {
                        leaks.add(method.getName() + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(Database.class.getMethods().length >= 8, "read the methods");
    }

    private static List<String> names(Type type) {
        List<String> names = new ArrayList<>();
        if (type instanceof Class<?> c) {
            names.add(c.getName());
        } else if (type instanceof ParameterizedType p) {
            names.addAll(names(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                names.addAll(names(argument));
            }
        }
        return names;
    }

    private static List<String> violations(List<Path> roots) throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : roots) {
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(root)) {
                sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path source : sources) {
                if (source.endsWith("PublicApiOnlyTest.java")) {
                    continue; // names the internals it looks for
                }
                files++;
                String text = Files.readString(source);
                Matcher names = RUNTIME_NAME.matcher(text);
                while (names.find()) {
                    String name = names.group();
                    boolean allowed = RUNTIME_API.contains(name) || name.equals(KNOWN.get(source.getFileName().toString()));
                    if (!allowed) {
                        found.add(source + " names " + name);
                    }
                }
            }
        }
        assertTrue(files > 3, "read the sources of " + roots);
        return found;
    }
}
