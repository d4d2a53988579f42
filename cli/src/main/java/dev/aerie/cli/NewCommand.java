package dev.aerie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aerie new <name>}: a Maven project with an app module, a sample resource and its test. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a Maven project <name> that depends on Aerie: an app module, a sample"
                + " 'items' resource and a test that calls it over HTTP.")
final class NewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<name>", description = "the project's folder and artifactId, such as shop")
    String name;

    @Option(names = "--db", paramLabel = "h2|postgresql|mariadb", defaultValue = "h2",
            description = "the database application.yaml points at (default: ${DEFAULT-VALUE}, an embedded file database)")
    String db;

    @Option(names = "--package", paramLabel = "<package>", description = "the base Java package (default: com.example.<name>)")
    String packageName;

    @Option(names = "--dir", paramLabel = "<folder>", defaultValue = ".",
            description = "where the project folder is created (default: the current folder)")
    Path dir;

    @Override
    public void run() {
        String project = Names.project(name);
        String pkg = packageName == null ? Names.defaultPackage(project) : Names.packageName(packageName);
        Path base = dir.toAbsolutePath().normalize();
        Path root = base.resolve(project);
        if (Files.exists(root)) {
            throw new CliException("refusing to overwrite " + root + ": it exists. Choose another name or --dir.");
        }
        Map<String, String> values = new HashMap<>(Versions.load().all());
        values.put("project", project);
        values.put("package", pkg);
        values.put("dbUrl", dbUrl(db.toLowerCase(Locale.ROOT), project));
        values.put("db", db.toLowerCase(Locale.ROOT));
        values.put("dbDriver", dbDriver(db.toLowerCase(Locale.ROOT)));
        values.put("imports", Stream.of("dev.aerie.Aerie", "dev.aerie.api.Module", pkg + ".items.ItemsModule")
                .sorted().map(i -> "import " + i + ";").collect(Collectors.joining("\n")));

        FileChanges changes = new FileChanges(root);
        String javaDir = "src/main/java/" + pkg.replace('.', '/') + "/";
        changes.create("pom.xml", Templates.render("new/pom.xml", values));
        changes.create(".gitignore", Templates.render("new/gitignore", values));
        changes.create("README.md", Templates.render("new/README.md", values));
        changes.create("src/main/resources/application.yaml", Templates.render("new/application.yaml", values));
        changes.create(javaDir + "AppModule.java", Templates.render("new/AppModule.java", values));
        Resources.add(changes, root, pkg, Names.feature("item"));

        PrintWriter out = spec.commandLine().getOut();
        changes.apply(base, out);
        out.println();
        out.println("Next: cd " + project + " && mvn verify        (build and test)");
        out.println("      mvn -Prun                  (serve on http://localhost:8080/items)");
        out.flush();
    }

    /** The pom lines for the JDBC driver: aerie-runtime brings only H2, the others are the project's to add. */
    private static String dbDriver(String kind) {
        String other = """
                    <!-- aerie-runtime brings the embedded H2; drivers for other databases are added here
                         (no version: the BOM has it): org.postgresql:postgresql,
                         org.mariadb.jdbc:mariadb-java-client, io.vertx:vertx-pg-client (db.driver: vertx) -->
                """;
        return switch (kind) {
            case "postgresql" -> driver("org.postgresql", "postgresql");
            case "mariadb" -> driver("org.mariadb.jdbc", "mariadb-java-client");
            default -> other;
        };
    }

    private static String driver(String group, String artifact) {
        return """
                    <!-- the JDBC driver of db.url (aerie-runtime brings only the embedded H2) -->
                    <dependency>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <scope>runtime</scope>
                    </dependency>
                """.formatted(group, artifact);
    }

    private String dbUrl(String kind, String project) {
        String database = project.toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (kind) {
            case "h2" -> "jdbc:h2:file:./data/" + database + ";DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE";
            case "postgresql" -> "jdbc:postgresql://localhost:5432/" + database + "?user=postgres";
            case "mariadb" -> "jdbc:mariadb://localhost:3306/" + database + "?user=root";
            default -> throw new CliException("--db " + db + " is not supported: choose h2, postgresql or mariadb");
        };
    }
}
