package dev.aerie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The promise of the CLI: a project made by {@code aerie new}, with a resource added by
 * {@code aerie generate}, builds and passes its own tests with {@code mvn verify}, against the Aerie
 * artifacts of this very build.
 *
 * <p>Those artifacts are "installed" into a local repository of the test's own,
 * target/scaffold-repo: the packaged jars and poms of api, runtime-json, processor, runtime and
 * test, and the poms of aerie-bom (which the scaffolded pom imports) and aerie-parent, under
 * dev/aerie, and, for everything else, symbolic links into the user's local repository, so the child
 * build runs offline and the shared ~/.m2 never sees a dev.aerie artifact of a half-finished build.
 * The modules are packaged before this one because the pom depends on them.
 */
class ScaffoldedProjectTest {
    private static final List<String> MODULES = List.of("api", "runtime-json", "processor", "runtime", "test");

    @Test
    void aNewProjectWithAGeneratedResourceBuildsAndPassesItsTests() throws Exception {
        Path root = Path.of(System.getProperty("aerie.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("cli/target");
        Path repository = overlayRepository(root, target);
        Path work = target.resolve("scaffold-it");
        deleteTree(work);
        Files.createDirectories(work);

        assertEquals(0, AerieCli.execute("new", "shop", "--package", "com.example.shop", "--dir", work.toString()));
        Path shop = work.resolve("shop");
        assertEquals(0, AerieCli.execute("generate", "resource", "orderLine", "--dir", shop.toString()));
        assertEquals(0, AerieCli.execute("generate", "service", "pricing", "--dir", shop.toString()));
        assertEquals(0, AerieCli.execute("generate", "controller", "pricing", "--dir", shop.toString()));
        assertEquals(0, AerieCli.execute("generate", "module", "billing", "--dir", shop.toString()));

        Path log = work.resolve("mvn-verify.log");
        // -o: everything else is in the user's repository already, as the Aerie build itself needed it.
        // The connection timeout: on a loaded CI machine a cold JVM's first H2 connection can take
        // longer than the default 3 s; surefire hands -D properties to the tests, where they win.
        int exit = mvn(shop, log, "-o", "-B", "-Dmaven.repo.local=" + repository,
                "-Ddb.pool.connection-timeout=30s", "verify");
        String output = Files.readString(log);
        assertEquals(0, exit, "mvn verify of the scaffolded project failed; its output:\n" + tail(output));
        // the tests of both resources ran, over HTTP, and passed
        assertTrue(output.contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed")
                && output.contains("in com.example.shop.items.ItemsApiTest")
                && output.contains("in com.example.shop.orderlines.OrderLinesApiTest"), tail(output));
        assertTrue(output.contains("Tests run: 6, Failures: 0, Errors: 0, Skipped: 0"), tail(output));

        // the drivers the project does not use are not on its class path (its tests, on H2, just ran
        // without Vert.x: nothing on the JDBC path loads a Vert.x class); it chose its logging backend
        Path classPath = work.resolve("classpath.txt");
        exit = mvn(shop, work.resolve("mvn-classpath.log"), "-o", "-B", "-q", "-Dmaven.repo.local=" + repository,
                "org.apache.maven.plugins:maven-dependency-plugin:" + System.getProperty("aerie.dependencyPlugin", "3.9.0")
                        + ":build-classpath",
                "-Dmdep.outputFile=" + classPath, "-Dmdep.includeScope=test");
        assertEquals(0, exit, Files.readString(work.resolve("mvn-classpath.log")));
        List<String> jars = List.of(Files.readString(classPath).trim().split(java.io.File.pathSeparator)).stream()
                .map(jar -> Path.of(jar).getFileName().toString()).toList();
        for (String unused : List.of("postgresql-", "mariadb-java-client-", "vertx-")) {
            assertTrue(jars.stream().noneMatch(jar -> jar.startsWith(unused)), unused + "* is on the class path: " + jars);
        }
        for (String used : List.of("h2-", "slf4j-jdk14-", "jspecify-", "aerie-runtime-")) {
            assertTrue(jars.stream().anyMatch(jar -> jar.startsWith(used)), used + "* is missing: " + jars);
        }

        assertThePackagedApplicationRuns(shop.resolve("target"), work, output);
    }

    /**
     * What mvn verify packaged: target/shop.jar with its dependencies in target/libs runs with plain
     * java -jar, and the launcher target/bin/shop runs a command and serves, with the AOT cache the
     * build trained when its JDK is 25+.
     */
    private static void assertThePackagedApplicationRuns(Path target, Path work, String build) throws Exception {
        Path launcher = target.resolve("bin/shop");
        assertTrue(Files.isExecutable(launcher), launcher + " is missing or not executable");
        Path runtimeJar = target.resolve("libs/aerie-runtime-" + Versions.load().aerie() + ".jar");
        assertTrue(Files.isRegularFile(runtimeJar), runtimeJar + " is missing: target/libs holds the dependencies");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path project = target.getParent();
        String routes = run(project, work.resolve("java-jar-routes.log"),
                java, "-jar", target.resolve("shop.jar").toString(), "routes");
        assertTrue(routes.contains("/items"), routes);
        String viaLauncher = run(project, work.resolve("launcher-routes.log"), launcher.toString(), "routes");
        assertTrue(viaLauncher.contains("/items"), viaLauncher);
        assertTheAotCacheIsUsedWhileItFits(target, work, build, viaLauncher);

        // in the project's folder, where its embedded database file goes
        Process server = new ProcessBuilder(launcher.toString(), "--server.port=0", "--server.host=127.0.0.1")
                .directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("launcher-serve.log").toFile()).start();
        try {
            String url = awaitServing(server, work.resolve("launcher-serve.log"));
            HttpResponse<String> items = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/items")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, items.statusCode(), items.body());
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /**
     * On a JDK 25+ the build trained target/shop.aot and the launcher starts with it (saying nothing);
     * once the jar is rebuilt it says in one line that it starts without. On an older JDK the build said why there is none.
     */
    private static void assertTheAotCacheIsUsedWhileItFits(Path target, Path work, String build, String viaLauncher)
            throws Exception {
        Path cache = target.resolve("shop.aot");
        if (!Files.exists(cache)) {
            assertTrue(build.contains("no AOT cache trained: it needs a JDK 25 or newer"), tail(build));
            return;
        }
        assertTrue(build.contains("shop: AOT cache written to " + cache), tail(build));
        assertTrue(Files.isRegularFile(target.resolve("shop.aot.stamp")));
        assertFalse(viaLauncher.contains("AOT cache"), "the cache fits, nothing to say:\n" + viaLauncher);
        Path jar = target.resolve("shop.jar");
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(built.toMillis() + 2_000));
        try {
            String stale = run(target.getParent(), work.resolve("launcher-stale-cache.log"), target.resolve("bin/shop").toString(), "routes");
            assertTrue(stale.startsWith("shop: starting without the AOT cache: it was trained with another JDK or another build"
                    + " of the jar"), stale);
            assertTrue(stale.contains("/items"), stale);
        } finally {
            Files.setLastModifiedTime(jar, built);
        }
    }

    private static String run(Path dir, Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish in 60 s");
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }

    /** The address the server prints once it is serving ("Aerie is serving on http://..."). */
    private static String awaitServing(Process server, Path log) throws IOException, InterruptedException {
        Pattern serving = Pattern.compile("serving on (http://\\S+)");
        for (int i = 0; i < 600 && server.isAlive(); i++) {
            Matcher matcher = serving.matcher(Files.readString(log));
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the launched application did not start serving:\n" + Files.readString(log));
    }

    private static int mvn(Path dir, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in 8 minutes:\n"
                    + tail(Files.readString(log)));
        }
        return process.exitValue();
    }

    /** target/scaffold-repo: this build's Aerie artifacts, and links to everything else in the user's repository. */
    private static Path overlayRepository(Path root, Path target) throws IOException {
        Path user = Path.of(System.getProperty("aerie.localRepository",
                System.getProperty("user.home") + "/.m2/repository"));
        Path repo = target.resolve("scaffold-repo");
        deleteTree(repo);
        Path aerie = repo.resolve("dev/aerie");
        Files.createDirectories(aerie);
        linkAllBut(user, repo, "dev");
        linkAllBut(user.resolve("dev"), repo.resolve("dev"), "aerie");

        String version = Versions.load().aerie();
        install(aerie, "aerie-bom", version, root.resolve("bom/pom.xml"), null);
        install(aerie, "aerie-parent", version, root.resolve("pom.xml"), null);
        for (String module : MODULES) {
            String artifact = "aerie-" + module;
            Path jar = root.resolve(module).resolve("target").resolve(artifact + "-" + version + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new AssertionError(jar + " is missing: build with `mvn verify` or `mvn -pl cli -am verify`,"
                        + " which package the Aerie modules before this test runs");
            }
            install(aerie, artifact, version, root.resolve(module).resolve("pom.xml"), jar);
        }
        return repo;
    }

    private static void install(Path aerie, String artifact, String version, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(aerie.resolve(artifact).resolve(version));
        Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void linkAllBut(Path from, Path to, String except) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(except)) {
                    Files.createSymbolicLink(to.resolve(name), entry);
                }
            }
        }
    }

    /** Deletes a tree without following links (the overlay's links point into the user's repository). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        int from = Math.max(0, lines.length - 200);
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, lines.length));
    }
}
