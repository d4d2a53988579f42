package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.aerie.processor.Compiles.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Modules that list classes another processor generates later, and output that does not depend on input order. */
class RoundsTest {

    /** Generates {@code app.Clock}, an injectable, in the first round, as another processor might. */
    static final class ClockGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("app.Clock").openWriter()) {
                    w.write("package app;\n@dev.aerie.api.Injectable public final class Clock {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void aModuleListingAClassGeneratedLaterIsProcessedWhenItExists() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                @Injectable final class Books { Books(Clock clock) {} }
                @Module(providers = {Books.class, Clock.class}) public final class AppModule {}
                """;
        Compilation c = javac().withProcessors(new AerieProcessor(), new ClockGenerator())
                .withOptions("-Xlint:all,-processing,-auxiliaryclass")
                .compile(Compiles.withRuntime(source("app.AppModule", code)));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("Books_Factory.create(clockLocked())");
    }

    @Test
    void generatedFilesDoNotDependOnTheOrderOfSources() throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String name : List.of("A", "B", "C", "D")) {
            sources.add(source("app." + name, """
                    package app;
                    @dev.aerie.api.Injectable public final class %s { %s(%s) {} }
                    """.formatted(name, name, name.equals("D") ? "" : "D d")));
        }
        sources.add(source("app.AppModule", """
                package app;
                @dev.aerie.api.Module(providers = {D.class, B.class, A.class, C.class}) public final class AppModule {}
                """));
        Compilation forward = Compiles.compileStrict(sources.toArray(JavaFileObject[]::new));
        Collections.reverse(sources);
        Compilation backward = Compiles.compileStrict(sources.toArray(JavaFileObject[]::new));
        assertThat(forward).succeededWithoutWarnings();
        assertEquals(forward.generatedSourceFile("app.AppModule_Application").orElseThrow().getCharContent(true).toString(),
                backward.generatedSourceFile("app.AppModule_Application").orElseThrow().getCharContent(true).toString());
    }
}
