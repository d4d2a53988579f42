package dev.aerie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/scaffolding.md shows what the commands produce; this test runs them and compares every
 * block marked {@code <!-- scaffold: new-tree -->}, {@code <!-- scaffold: tree -->} or
 * {@code <!-- scaffold: file <path> -->}.
 */
class DocsScaffoldingTest {
    private static final Pattern MARKER = Pattern.compile("(?m)^<!-- scaffold: (new-tree|tree|file (\\S+)) -->\\n```\\w*\\n");

    @TempDir
    Path dir;

    @Test
    void theDocsShowWhatTheCommandsWrite() throws IOException {
        Path root = Path.of(System.getProperty("aerie.root", "..")).toAbsolutePath().normalize();
        String doc = Files.readString(root.resolve("docs/scaffolding.md"));
        Path shop = dir.resolve("shop");
        assertEquals(0, AerieCli.execute("new", "shop", "--dir", dir.toString()));
        String newTree = tree(shop);
        for (String[] command : List.of(new String[] {"resource", "product"}, new String[] {"service", "pricing"},
                new String[] {"controller", "pricing"})) {
            assertEquals(0, AerieCli.execute("generate", command[0], command[1], "--dir", shop.toString()));
        }

        Matcher marker = MARKER.matcher(doc);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        while (marker.find()) {
            checked++;
            String shown = doc.substring(marker.end(), doc.indexOf("```", marker.end()));
            String actual = switch (marker.group(1)) {
                case "new-tree" -> newTree;
                case "tree" -> tree(shop);
                default -> Files.readString(shop.resolve(marker.group(2)));
            };
            if (!shown.equals(actual)) {
                problems.add(marker.group() + " should show:\n" + actual);
            }
        }
        assertTrue(checked >= 4, "docs/scaffolding.md lost its checked samples");
        assertEquals(List.of(), problems);
    }

    private static String tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().map(p -> p + "\n").collect(Collectors.joining());
        }
    }
}
