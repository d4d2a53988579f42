package dev.aerie.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Gradle runs an annotation processor incrementally only if its jar declares the processor's
 * category in {@code META-INF/gradle/incremental.annotation.processors}. Aerie's is aggregating: one
 * container per application is written from every module, injectable and entity the application
 * reaches, so no output has a single originating element. No Gradle build runs here (neither Gradle
 * nor its Tooling API is on Maven Central), so this test checks the declaration against the
 * processor and the rules Gradle sets for an aggregating processor that the jar can show: the
 * annotations it is registered for, and the ones of aerie-api it reads, are kept in class files
 * (retention CLASS or RUNTIME), since Gradle hands unchanged types to it as class files.
 */
class GradleIncrementalDeclarationTest {
    private static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";

    @Test
    void theProcessorIsDeclaredAggregating() throws IOException {
        List<String> lines = lines(DECLARATION);
        assertEquals(List.of(AerieProcessor.class.getName() + ",aggregating"), lines,
                DECLARATION + " must name the one processor and its category");
        // the processor javac discovers is the one declared
        assertTrue(lines("META-INF/services/javax.annotation.processing.Processor").contains(AerieProcessor.class.getName()));
    }

    @Test
    void everyAnnotationTheProcessorIsRegisteredForIsKeptInClassFiles() throws ClassNotFoundException {
        List<String> lost = new ArrayList<>();
        for (String name : new AerieProcessor().getSupportedAnnotationTypes()) {
            Class<?> annotation = Class.forName(name);
            assertTrue(annotation.isAnnotation(), name);
            if (isSourceOnly(annotation)) {
                lost.add(name);
            }
        }
        assertEquals(List.of(), lost, "SOURCE retention: Gradle would not see these on an unchanged class");
    }

    @Test
    void noAnnotationOfTheApiIsSourceOnly() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(dev.aerie.api.Module.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> lost = new ArrayList<>();
        int annotations = 0;
        // aerie-api is a directory (target/classes) or, when the reactor packaged it, a jar
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                Stream<Path> classes = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path api = jar == null ? location : jar.getPath("/");
            for (Path file : classes.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = api.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotation()) {
                    annotations++;
                    if (isSourceOnly(type)) {
                        lost.add(name);
                    }
                }
            }
        }
        assertTrue(annotations > 10, "found the annotations of aerie-api: " + annotations);
        assertEquals(List.of(), lost);
    }

    private static boolean isSourceOnly(Class<?> annotation) {
        Retention retention = annotation.getAnnotation(Retention.class);
        return retention != null && retention.value() == RetentionPolicy.SOURCE;
    }

    /** A file of the processor's own output (target/classes), not the first of that name on the class path. */
    private static List<String> lines(String resource) throws IOException {
        Path classes;
        try {
            classes = Path.of(AerieProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path file = classes.resolve(resource);
        assertTrue(Files.isRegularFile(file), resource + " is missing from the processor's classes: " + classes);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
