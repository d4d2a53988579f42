package dev.aerie.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiling test sources with the Aerie processor, and finding the lines errors must be on. */
final class Compiles {
    private Compiles() {}

    /**
     * Compiles with the processor, -Xlint:all and stand-ins for the runtime types generated code
     * uses. Error tests put several classes in one file, so "auxiliary class accessed from another
     * file" is off here; golden tests compile one class per file with every lint on.
     */
    static Compilation compile(JavaFileObject... sources) {
        return javac()
                .withProcessors(new AerieProcessor())
                .withOptions("-Xlint:all,-processing,-auxiliaryclass")
                .compile(withStubs(sources));
    }

    /** Like {@link #compile} with every lint but "processing" on. */
    static Compilation compileStrict(JavaFileObject... sources) {
        return javac()
                .withProcessors(new AerieProcessor())
                .withOptions("-Xlint:all,-processing")
                .compile(withStubs(sources));
    }

    static List<JavaFileObject> withStubs(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        for (String stub : List.of("ApplicationContainer", "LifecycleHook", "RequestScope")) {
            all.add(JavaFileObjects.forSourceString("dev.aerie.runtime." + stub, resource("/runtime-stubs/" + stub + ".java")));
        }
        return all;
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

    static String resource(String path) {
        try (InputStream in = Compiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
