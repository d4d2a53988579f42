package dev.aerie.processor.codegen;

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
 * Every generated Java file follows the conventions of {@link Generation}, and only that class
 * spells them out: the golden files are checked for the marker and the indent, the processor's
 * own sources for copies of them.
 */
class ConventionsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path SOURCES = Path.of("src/main/java/dev/aerie/processor");

    @Test
    void everyGeneratedJavaFileIsMarkedAndIndentedByFourSpaces() throws IOException {
        List<Path> files = files(GOLDEN, ".java", ".java.txt").stream()
                .filter(p -> !p.toString().contains("/in/")) // the inputs of the golden cases
                .toList();
        assertTrue(files.size() >= 15, "golden Java files: " + files);
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.contains("@Generated(\"" + Generation.PROCESSOR + "\")"), file + " has no @Generated");
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String content = line.stripLeading();
                int indent = line.length() - content.length();
                if (content.isEmpty()) {
                    continue;
                }
                int javadoc = content.startsWith("*") ? 1 : 0; // " * ..." below "/**"
                assertEquals(0, (indent - javadoc) % Generation.INDENT.length(),
                        file + ":" + (i + 1) + " is not indented by multiples of 4 spaces: " + line);
            }
        }
    }

    @Test
    void onlyGenerationSpellsOutTheMarkerAndTheFileLayout() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Path file : files(SOURCES, ".java")) {
            if (file.startsWith(SOURCES.resolve("codegen"))) {
                continue;
            }
            String text = Files.readString(file);
            for (String convention : List.of("JavaFile.builder(", "\"javax.annotation.processing\", \"Generated\"",
                    "\"dev.aerie.processor.AerieProcessor\"", ".indent(\"")) {
                if (text.contains(convention)) {
                    copies.add(file + " spells out " + convention);
                }
            }
            for (GeneratedClass kind : GeneratedClass.values()) {
                if (kind != GeneratedClass.METAMODEL && text.contains("\"" + kind.suffix() + "\"")) {
                    copies.add(file + " spells out the suffix " + kind.suffix() + "; use GeneratedClass." + kind);
                }
            }
        }
        assertEquals(List.of(), copies, String.join("\n", copies));
    }

    private static List<Path> files(Path root, String... endings) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted()
                    .toList();
        }
    }
}
