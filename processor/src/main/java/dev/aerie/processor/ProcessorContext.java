package dev.aerie.processor;

import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import dev.aerie.processor.model.Source;
import dev.aerie.processor.read.KeyReader;
import dev.aerie.processor.read.Origins;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.ExtensionContext;
import dev.aerie.processor.spi.Keys;
import dev.aerie.processor.spi.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The processor's state for one compilation: where model {@link Source}s point, the errors
 * reported so far and the files written. Also what extensions see as their context, and the one
 * {@link Reporter}: every compiler message of Aerie goes through {@link #report}.
 */
final class ProcessorContext implements ExtensionContext, Reporter, Origins {
    /** An element, optionally narrowed to one value of one of its annotations. */
    private record Location(Element element, Optional<AnnotationMirror> annotation, Optional<AnnotationValue> value) {}

    private final ProcessingEnvironment env;
    private final Optional<Trees> trees;
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<Element, Source> elementSources = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> written = new HashSet<>();
    private final KeyReader keys;
    private int errors;

    ProcessorContext(ProcessingEnvironment env) {
        this.env = env;
        Optional<Trees> t;
        try {
            t = Optional.of(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError e) {
            t = Optional.empty(); // not javac: treat everything as source
        }
        this.trees = t;
        this.keys = new KeyReader(env, this, this::sourceOf);
    }

    @Override
    public ProcessingEnvironment env() {
        return env;
    }

    @Override
    public Reporter reporter() {
        return this;
    }

    @Override
    public Keys keys() {
        return keys;
    }

    KeyReader keyReader() {
        return keys;
    }

    @Override
    public Source sourceOf(Element element) {
        return elementSources.computeIfAbsent(element, e -> register(new Location(e, Optional.empty(), Optional.empty())));
    }

    /** The source of one value in an annotation of {@code element}: errors land on that class literal. */
    Function<AnnotationValue, Source> valueSources(Element element, AnnotationMirror annotation) {
        return value -> register(new Location(element, Optional.of(annotation), Optional.of(value)));
    }

    private Source register(Location location) {
        Source source = new Source("s" + locations.size());
        locations.put(source.id(), location);
        return source;
    }

    @Override
    public boolean inSource(Element element) {
        return trees.map(t -> t.getPath(element) != null).orElse(true);
    }

    /**
     * The one place a {@link Diagnostic} becomes a compiler message: {@code [Aerie/Kind] message fix},
     * counted when it is an error. A model diagnostic lands on the first of its sources that is in
     * source being compiled, else on the last one (a library class falls back to the module listing it).
     */
    @Override
    public void report(Diagnostic diagnostic) {
        Optional<Location> location = diagnostic.element()
                .map(e -> new Location(e, diagnostic.annotation(), diagnostic.value()))
                .or(() -> locate(diagnostic.sources()));
        String text = format(diagnostic);
        String key = location.map(l -> System.identityHashCode(l.element())
                + l.value().map(v -> "@" + System.identityHashCode(v)).orElse("")).orElse("") + text;
        if (!reported.add(key)) {
            return;
        }
        boolean warning = diagnostic.kind().warning();
        javax.tools.Diagnostic.Kind severity = warning ? javax.tools.Diagnostic.Kind.WARNING : javax.tools.Diagnostic.Kind.ERROR;
        if (!warning) {
            errors++;
        }
        if (location.isEmpty()) {
            env.getMessager().printMessage(severity, text);
        } else if (location.get().value().isPresent()) {
            Location l = location.get();
            env.getMessager().printMessage(severity, text, l.element(), l.annotation().get(), l.value().get());
        } else if (location.get().annotation().isPresent()) {
            Location l = location.get();
            env.getMessager().printMessage(severity, text, l.element(), l.annotation().get());
        } else {
            env.getMessager().printMessage(severity, text, location.get().element());
        }
    }

    static String format(Diagnostic diagnostic) {
        String message = diagnostic.message();
        String fix = diagnostic.fix();
        String separator = message.endsWith("\n") ? "" : " ";
        return "[Aerie/" + diagnostic.kind().label() + "] " + message + separator + fix;
    }

    private Optional<Location> locate(List<Source> sources) {
        Location chosen = null;
        for (Source s : sources) {
            Location l = locations.get(s.id());
            if (l == null) {
                continue;
            }
            chosen = l;
            if (inSource(l.element())) {
                break;
            }
        }
        return Optional.ofNullable(chosen);
    }

    @Override
    public boolean hasErrors() {
        return errors > 0;
    }

    int errorCount() {
        return errors;
    }

    @Override
    public void writeJava(JavaFile file, Element origin) {
        String name = file.packageName() + "." + file.typeSpec().name();
        if (!written.add(name)) {
            return;
        }
        try {
            file.writeTo(env.getFiler());
        } catch (IOException e) {
            writeFailed(origin, name, e);
        }
    }

    @Override
    public void writeResource(String path, String content, Element origin) {
        if (!written.add("resource:" + path)) {
            return;
        }
        try {
            FileObject file = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (Writer writer = file.openWriter()) {
                writer.write(content);
            }
        } catch (IOException e) {
            writeFailed(origin, path, e);
        }
    }

    private void writeFailed(Element origin, String what, IOException e) {
        String message = "could not write " + what + ": " + e.getMessage() + ".";
        String fix = "Check that the build's output directory is writable and that no other processor writes " + what + ".";
        report(origin == null ? Diagnostic.global(DiagnosticKind.WRITE_FAILED, message, fix)
                : Diagnostic.of(DiagnosticKind.WRITE_FAILED, origin, message, fix));
    }

    /** Whether a class of this name was already written in this compilation. */
    boolean wrote(String qualifiedName) {
        return written.contains(qualifiedName);
    }

}
