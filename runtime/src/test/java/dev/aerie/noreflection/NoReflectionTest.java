package dev.aerie.noreflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Aerie promises no run-time reflection: the runtime's classes and every class the processor
 * generated for this module's tests (containers, factories, members injectors, wirings) are
 * scanned for it.
 */
class NoReflectionTest {
    private static final Path MAIN_CLASSES = Path.of("target/classes");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final Path GENERATED_SOURCES = Path.of("target/generated-test-sources/test-annotations");

    @Test
    void runtimeUsesNoReflection() throws IOException {
        List<Path> classes = classFiles(MAIN_CLASSES);
        assertTrue(classes.size() >= 3, "runtime classes not found in " + MAIN_CLASSES.toAbsolutePath());
        assertEquals(List.of(), findings(classes), "reflection in runtime classes");
    }

    @Test
    void generatedCodeUsesNoReflection() throws IOException {
        List<Path> classes = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(GENERATED_SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = GENERATED_SOURCES.relativize(source).toString();
                String base = relative.substring(0, relative.length() - ".java".length());
                Path dir = TEST_CLASSES.resolve(base).getParent();
                String simple = TEST_CLASSES.resolve(base).getFileName().toString();
                try (Stream<Path> compiled = Files.list(dir)) {
                    // the class and its nested and lambda classes
                    compiled.filter(p -> p.getFileName().toString().equals(simple + ".class")
                                    || p.getFileName().toString().startsWith(simple + "$"))
                            .forEach(classes::add);
                }
            }
        }
        assertTrue(classes.stream().anyMatch(p -> p.endsWith("AppModule_Application.class")),
                "generated container not found: " + classes);
        assertTrue(classes.stream().anyMatch(p -> p.endsWith("Tire_MembersInjector.class")),
                "generated members injector not found: " + classes);
        assertEquals(List.of(), findings(classes), "reflection in generated classes");
    }

    @Test
    void theScannerFindsReflection() {
        List<String> findings = findings(List.of(TEST_CLASSES.resolve("dev/aerie/noreflection/UsesReflection.class")));
        assertTrue(findings.stream().allMatch(f -> f.startsWith("dev.aerie.noreflection.UsesReflection ")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.contains("method byName: calls Class.forName")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.contains("method fields: calls Class.getDeclaredFields")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.contains("method method: uses java.lang.reflect")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.contains("method lookup: uses method handles")), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.contains("lambda")), findings.toString());
    }

    private static List<String> findings(List<Path> classes) {
        return classes.stream().flatMap(c -> ReflectionScanner.scan(c).stream()).map(Object::toString).toList();
    }

    private static List<Path> classFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).toList();
        }
    }
}
