package dev.aerie.processor.orm;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.aerie.processor.RuntimeSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the Aerie processor; the runtime SPI is compiled from its sources alongside. */
final class OrmCompiler {
    private OrmCompiler() {}

    static Compilation compile(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        all.addAll(runtimeSpi());
        return dev.aerie.processor.DiagnosticPrefix.checked(Compiler.javac()
                .withProcessors(new dev.aerie.processor.AerieProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(all));
    }

    /** The runtime types generated entity code uses, from the runtime module's sources. */
    static List<JavaFileObject> runtimeSpi() {
        return RuntimeSources.orm();
    }

    static String generatedSource(Compilation compilation, String qualifiedName) {
        return compilation.generatedSourceFile(qualifiedName)
                .map(OrmCompiler::content)
                .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    }

    static String schema(Compilation compilation, String file) {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, EntityCompilation.SCHEMA_FOLDER + file)
                .map(OrmCompiler::content)
                .orElseThrow(() -> new AssertionError("not generated: " + file));
    }

    static String content(javax.tools.FileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares with a golden file under src/test/resources/golden/orm; {@code -Dgolden.update=true} rewrites it. */
    static void assertGolden(String name, String actual) {
        Path golden = Path.of("src", "test", "resources", "golden", "orm", name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
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
