package dev.aerie.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiling test sources with the Aerie processor, and finding the lines errors must be on. */
final class Compiles {
    private Compiles() {}

    /**
     * Compiles with the processor, -Xlint:all and the runtime classes generated code uses
     * ({@link RuntimeSources#container()}). Error tests put several classes in one file, so "auxiliary class accessed from another
     * file" is off here; golden tests compile one class per file with every lint on.
     */
    static Compilation compile(JavaFileObject... sources) {
        return DiagnosticPrefix.checked(javac()
                .withProcessors(new AerieProcessor())
                .withOptions("-Xlint:all,-processing,-auxiliaryclass")
                .compile(withRuntime(sources)));
    }

    /** Like {@link #compile} with every lint but "processing" on. */
    static Compilation compileStrict(JavaFileObject... sources) {
        return DiagnosticPrefix.checked(javac()
                .withProcessors(new AerieProcessor())
                .withOptions("-Xlint:all,-processing")
                .compile(withRuntime(sources)));
    }

    /** {@code sources} and the runtime classes a generated container uses. */
    static List<JavaFileObject> withRuntime(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        all.addAll(RuntimeSources.container());
        return all;
    }

    /** The old name of {@link #withRuntime}, for tests written against it. */
    static List<JavaFileObject> withStubs(JavaFileObject... sources) {
        return withRuntime(sources);
    }

    static JavaFileObject source(String qualifiedName, String code) {
        return JavaFileObjects.forSourceString(qualifiedName, code);
    }

    /** The 1-based line of the only line containing {@code marker} in {@code code}. */
    static int line(String code, String marker) {
        String[] lines = code.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                if (found != -1) {
                    throw new IllegalArgumentException("marker " + marker + " is on more than one line");
                }
                found = i + 1;
            }
        }
        if (found == -1) {
            throw new IllegalArgumentException("marker " + marker + " not found");
        }
        return found;
    }
}
