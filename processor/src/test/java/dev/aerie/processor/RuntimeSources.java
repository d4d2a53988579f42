package dev.aerie.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The runtime classes that generated code uses, compiled in processor tests from the runtime
 * module's own sources: the real classes, not copies that could drift. (The runtime module
 * depends on the processor, so the processor's tests cannot have it on their class path.)
 *
 * <p>When a runtime class generated code names moves, update its path here.
 */
public final class RuntimeSources {
    /** The runtime module's sources, from the processor module (where Maven runs its tests). */
    static final Path ROOT = Path.of("..", "runtime", "src", "main", "java");

    /** What a generated container needs: its base class, lifecycle hooks, the request scope. */
    public static final List<String> CONTAINER = List.of(
            "dev/aerie/runtime/internal/ApplicationContainer.java",
            "dev/aerie/runtime/internal/LifecycleHook.java",
            "dev/aerie/runtime/internal/RequestScope.java",
            "dev/aerie/runtime/internal/RequestContext.java",
            "dev/aerie/runtime/internal/RequestResource.java");

    /** What generated entity tables, mappings and metamodels need. */
    public static final List<String> ORM = List.of(
            "dev/aerie/runtime/internal/db/EntityTable.java",
            "dev/aerie/runtime/internal/db/RowMapping.java",
            "dev/aerie/runtime/internal/db/JoinMapping.java",
            "dev/aerie/runtime/internal/db/ColumnReader.java",
            "dev/aerie/runtime/internal/db/ColumnType.java",
            "dev/aerie/runtime/internal/db/Dialect.java");

    /** What the MeterRegistry binding calls (it needs Micrometer, or stand-ins for its registry types). */
    public static final List<String> METRICS = List.of(
            "dev/aerie/runtime/internal/metrics/ApplicationMeters.java");

    private RuntimeSources() {}

    /** The classes of {@link #CONTAINER}, as sources to compile with a test's own. */
    public static List<JavaFileObject> container() {
        return sources(CONTAINER);
    }

    /** The classes of {@link #ORM}, as sources to compile with a test's own. */
    public static List<JavaFileObject> orm() {
        return sources(ORM);
    }

    static List<JavaFileObject> sources(List<String> paths) {
        return paths.stream().map(RuntimeSources::source).toList();
    }

    private static JavaFileObject source(String path) {
        Path file = ROOT.resolve(path);
        try {
            return JavaFileObjects.forSourceString(path.replaceAll("\\.java$", "").replace('/', '.'), Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the runtime has no " + file.toAbsolutePath().normalize()
                    + "; if the class moved, update its path in " + RuntimeSources.class.getName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
