package dev.aerie.noreflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages depend on each other without cycles (by their imports), so the API,
 * the launcher, the HTTP server and each database backend can change apart. {@code serve} is a
 * command like {@code routes}: the launcher does not name the HTTP server; and
 * {@code internal.orm.ApplicationDatabase} composes the backends ({@code internal.db.jdbc},
 * {@code internal.db.vertx}), which build on {@code internal.db} and know nothing above it.
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.aerie[\\w.]*?)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void runtimePackagesHaveNoCycle() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(uses.size() > 8, "read the packages: " + uses.keySet());
        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from)) {
                if (!to.equals(from) && reaches(uses, to, from, new TreeSet<>())) {
                    cycles.add(from + " -> " + to + " -> ... -> " + from);
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void theLauncherDoesNotNameTheHttpServer() throws IOException {
        assertTrue(!uses().get("dev.aerie.runtime.internal.cli").contains("dev.aerie.runtime.internal.http"),
                "internal.cli must not import internal.http: serve is a command (ServeCommand)");
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (!next.equals(from) && reaches(uses, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            Set<String> to = uses.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                if (!imports.group(1).startsWith("dev.aerie.api")) {
                    to.add(imports.group(1));
                }
            }
        }
        return uses;
    }
}
