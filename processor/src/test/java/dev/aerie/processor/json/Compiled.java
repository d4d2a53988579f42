package dev.aerie.processor.json;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Test only: compiles sources with {@link JsonProbeProcessor} and loads what javac wrote, so tests
 * run the generated codecs and validators for real. (Reflection is fine here, in test code.)
 */
final class Compiled extends ClassLoader {
    final Compilation compilation;
    private final Map<String, byte[]> classes = new HashMap<>();

    private Compiled(Compilation compilation) {
        super(Compiled.class.getClassLoader());
        this.compilation = compilation;
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.getName();
            if (file.getKind() == JavaFileObject.Kind.CLASS && name.startsWith("/CLASS_OUTPUT/")) {
                String className = name.substring("/CLASS_OUTPUT/".length(), name.length() - ".class".length())
                        .replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(className, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** {@code sources} as pairs of class name and source text. */
    static Compilation compile(String... sources) {
        JavaFileObject[] files = new JavaFileObject[sources.length / 2];
        for (int i = 0; i < files.length; i++) {
            files[i] = JavaFileObjects.forSourceString(sources[2 * i], sources[2 * i + 1]);
        }
        return dev.aerie.processor.DiagnosticPrefix.checked(javac().withProcessors(new JsonProbeProcessor())
                .withOptions("-Xlint:all,-processing", "-parameters").compile(files));
    }

    /** Compiles, requiring success without any warning, and loads the result. */
    static Compiled load(String... sources) {
        Compilation compilation = compile(sources);
        List<Diagnostic<? extends JavaFileObject>> problems = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .toList();
        if (compilation.status() != Compilation.Status.SUCCESS || !problems.isEmpty()) {
            throw new AssertionError("compilation failed or warned: " + problems);
        }
        return new Compiled(compilation);
    }

    /** The class files javac wrote, by binary name. */
    Map<String, byte[]> classFiles() {
        return Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** The value of public static field {@code field} of generated class {@code className}. */
    @SuppressWarnings("unchecked")
    <T> T staticField(String className, String field) {
        try {
            return (T) loadClass(className).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls public static method {@code method} of {@code className}. */
    Object call(String className, String method, Object... arguments) {
        try {
            for (var m : loadClass(className).getMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == arguments.length) {
                    return m.invoke(null, arguments);
                }
            }
            throw new AssertionError("no method " + method);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The source text javac was given for generated {@code className}. */
    String source(String className) {
        try {
            return compilation.generatedSourceFile(className).orElseThrow(
                    () -> new AssertionError("not generated: " + className)).getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
