package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs the official RealWorld Postman collection, unmodified, with newman ({@code npx --yes
 * newman@6.2.2}, fetched from the npm registry) against a running Conduit, and asserts that no
 * assertion failed. Without node/npx the calling test is skipped, naming them; with CI=true that
 * fails instead.
 */
final class NewmanSuite {
    static final String NEWMAN = "newman@6.2.2";
    private static final long TIMEOUT_MINUTES = 8;

    private NewmanSuite() {}

    /** Runs the collection against {@code base} (the application's root URI); {@code label} names the report file. */
    static void assertPasses(URI base, String label) throws IOException, InterruptedException {
        requireNpx();
        Path collection = collection();
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path report = target.resolve("newman-" + label + ".json");
        Path output = target.resolve("newman-" + label + ".txt");
        Files.deleteIfExists(report);
        String user = "u" + ThreadLocalRandom.current().nextInt(1_000_000);
        List<String> command = List.of("npx", "--yes", NEWMAN, "run", collection.toString(),
                "--global-var", "APIURL=" + base.resolve("/api"),
                "--global-var", "USERNAME=" + user,
                "--global-var", "EMAIL=" + user + "@mail.com",
                "--global-var", "PASSWORD=password",
                "--reporters", "cli,json", "--reporter-json-export", report.toString());
        Process newman = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!newman.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            newman.destroyForcibly();
            fail("newman did not finish within " + TIMEOUT_MINUTES + " minutes; its output is in " + output);
        }
        assertTrue(Files.exists(report), "newman (exit " + newman.exitValue() + ") wrote no report; its output, in " + output
                + ":\n" + Files.readString(output));
        Map<?, ?> run = (Map<?, ?>) ((Map<?, ?>) read(report)).get("run");
        Map<?, ?> assertions = (Map<?, ?>) ((Map<?, ?>) run.get("stats")).get("assertions");
        long total = ((Number) assertions.get("total")).longValue();
        long failed = ((Number) assertions.get("failed")).longValue();
        List<String> failures = new ArrayList<>();
        for (Object failure : (List<?>) run.get("failures")) {
            Map<?, ?> f = (Map<?, ?>) failure;
            Object source = ((Map<?, ?>) f.get("source")).get("name");
            Object error = ((Map<?, ?>) f.get("error")).get("message");
            failures.add(source + ": " + error);
        }
        System.out.println("newman on " + label + ": " + total + " assertions, " + failed + " failed (report " + report + ")");
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(total > 0, "newman ran no assertion; its output is in " + output);
        assertEquals(0, failed, "failed assertions of the RealWorld suite on " + label + ":\n  " + String.join("\n  ", failures));
        assertEquals(0, newman.exitValue(), "newman's exit status; its output is in " + output);
    }

    /**
     * {@code shared/realworld/Conduit.postman_collection.json} next to the repository ({@code
     * ../shared/realworld} from its root), or next to a folder above it (a worktree), or where the
     * system property {@code conduit.realworld.dir} says.
     */
    static Path collection() {
        String configured = System.getProperty("conduit.realworld.dir");
        if (configured != null) {
            return existing(Path.of(configured).resolve("Conduit.postman_collection.json"));
        }
        Path repository = Path.of("").toAbsolutePath().getParent();   // tests run in conduit/
        for (Path dir = repository.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/realworld/Conduit.postman_collection.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return existing(repository.resolveSibling("shared/realworld/Conduit.postman_collection.json"));
    }

    private static Path existing(Path collection) {
        if (!Files.isRegularFile(collection)) {
            fail("The RealWorld collection is not at " + collection + "; put the spec in ../shared/realworld (next to the"
                    + " repository) or set -Dconduit.realworld.dir=<folder holding Conduit.postman_collection.json>");
        }
        return collection;
    }

    private static void requireNpx() throws InterruptedException {
        String problem;
        try {
            Process version = new ProcessBuilder("npx", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0) {
                return;
            }
            problem = "npx --version failed";
        } catch (IOException e) {
            problem = e.getMessage();
        }
        String message = "node/npx (Node.js, to run " + NEWMAN + ") is not available: " + problem;
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " and CI=true");
        }
        assumeTrue(false, message + ": skipped");
    }

    /** The report as maps, lists, strings, numbers and booleans. */
    private static Object read(Path file) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }
}
