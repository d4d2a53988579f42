package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated code for representative inputs, compared byte for byte with
 * {@code src/test/resources/golden/<case>/out}. The inputs are in {@code <case>/in}. To accept a
 * deliberate change, run with {@code -Daerie.golden.update=true} and review the diff.
 */
class GoldenFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"shop"})
    void generatedSourcesMatchTheGoldenFiles(String name) throws Exception {
        Path root = Path.of(GoldenFilesTest.class.getResource("/golden/" + name).toURI());
        Path in = root.resolve("in");
        Path out = root.resolve("out");
        List<JavaFileObject> sources;
        try (Stream<Path> files = Files.walk(in)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> JavaFileObjects.forSourceString(
                    in.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", ""), read(p))).toList();
        }
        Compilation compilation = Compiles.compileStrict(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, String> generated = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String path = file.toUri().getPath();
            generated.put(path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length()),
                    file.getCharContent(true).toString());
        }
        if (Boolean.getBoolean("aerie.golden.update")) {
            Path sourceOut = Path.of("src/test/resources/golden", name, "out");
            try (Stream<Path> stale = Files.walk(sourceOut)) { // files no longer generated must go too
                stale.filter(Files::isRegularFile).forEach(p -> p.toFile().delete());
            }
            for (Map.Entry<String, String> e : generated.entrySet()) {
                Path target = sourceOut.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue());
            }
            return;
        }
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).forEach(p -> expected.put(out.relativize(p).toString(), read(p)));
        }
        assertEquals(expected.keySet(), generated.keySet(), "generated files");
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), generated.get(file), file);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
