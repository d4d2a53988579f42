package dev.aerie.processor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test only: compares generated text with a file under src/test/resources/golden/. Run with
 * {@code -Daerie.golden.update=true} to rewrite the files after an intended change, then review
 * the diff.
 */
final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    static void assertMatches(String relativePath, String actual) {
        Path file = ROOT.resolve(relativePath);
        try {
            if (Boolean.getBoolean("aerie.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "generated text differs from " + file + " (rerun with -Daerie.golden.update=true to accept)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
