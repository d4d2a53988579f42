package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document the application serves ({@code GET /openapi.json}, generated at compile
 * time) lists the same paths and methods as the RealWorld spec's {@code openapi.yml}, whose
 * paths are relative to its server URL ({@code .../api}). Path parameter names are compared as
 * {@code {}}: they are the handler's business. On a difference the test prints both sides.
 */
@AerieTest(ConduitModule.class)
class OpenApiPathsTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theGeneratedDocumentHasTheSpecsPathsAndMethods(AerieClient http) throws IOException {
        // beside the collection the official suite runs: ../shared/realworld (or -Dconduit.realworld.dir)
        Path file = NewmanSuite.collection().resolveSibling("openapi.yml");
        assertTrue(Files.isRegularFile(file), "the RealWorld spec is not at " + file);
        Map<String, Object> spec = yaml(file);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> servers = (List<Map<String, Object>>) spec.get("servers");
        String base = URI.create(String.valueOf(servers.get(0).get("url"))).getPath(); // /api
        Set<String> expected = operations(spec, base);

        HttpResponse<String> served = http.get("/openapi.json");
        assertEquals(200, served.statusCode(), served.body());
        Set<String> actual = operations(Api.parse(served.body()), "");
        assertTrue(actual.stream().anyMatch(o -> o.startsWith("GET /api/")), "the app's routes are under /api: " + actual);

        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            System.out.println("OpenAPI difference; in the spec only: " + missing + "; in the app only: " + extra);
        }
        assertEquals(new TreeSet<>(expected), new TreeSet<>(actual),
                "in the spec only: " + missing + "; in the app only: " + extra);
        assertEquals(19, expected.size(), "the spec's 19 operations were all read: " + expected);
    }

    /** "METHOD /path" for every operation, path parameters as {}. */
    private static Set<String> operations(Map<String, Object> document, String base) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        assertTrue(paths != null && !paths.isEmpty(), "the document has paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains).forEach(method ->
                operations.add(method.toUpperCase(Locale.ROOT) + " " + base + path.replaceAll("\\{[^}]*}", "{}"))));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
    }
}
