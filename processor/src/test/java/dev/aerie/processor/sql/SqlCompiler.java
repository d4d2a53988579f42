package dev.aerie.processor.sql;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.aerie.processor.AerieProcessor;
import dev.aerie.processor.DiagnosticPrefix;
import dev.aerie.processor.RuntimeSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor and the runtime classes generated entity code uses. */
final class SqlCompiler {
    private SqlCompiler() {}

    static Compilation compile(List<String> options, JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        all.addAll(RuntimeSources.orm());
        RuntimeSources.container().stream().filter(c -> !all.contains(c)).forEach(all::add);
        List<String> allOptions = new ArrayList<>(List.of("-Xlint:all,-processing"));
        allOptions.addAll(options);
        return DiagnosticPrefix.checked(Compiler.javac().withProcessors(new AerieProcessor()).withOptions(allOptions)
                .compile(all));
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    static String generated(Compilation compilation, String qualifiedName) {
        return compilation.generatedSourceFile(qualifiedName).map(f -> {
            try {
                return f.getCharContent(true).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    }

    /** Compares with src/test/resources/golden/sql/{@code name}; {@code -Dgolden.update=true} rewrites it. */
    static void assertGolden(String name, String actual) {
        Path golden = Path.of("src", "test", "resources", "golden", "sql", name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                throw new org.opentest4j.AssertionFailedError("generated " + name + " differs from " + golden
                        + " (run with -Dgolden.update=true to accept)", expected, actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
