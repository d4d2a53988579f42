package dev.aerie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user types them: files produced, refusals and their messages, exit codes. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = AerieCli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return files;
    }

    @Test
    void newWritesTheProject() throws IOException {
        Run run = run("new", "shop", "--dir", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(".gitignore", "README.md", "pom.xml",
                "src/main/java/com/example/shop/AppModule.java",
                "src/main/java/com/example/shop/items/Item.java",
                "src/main/java/com/example/shop/items/ItemIn.java",
                "src/main/java/com/example/shop/items/ItemsController.java",
                "src/main/java/com/example/shop/items/ItemsModule.java",
                "src/main/java/com/example/shop/items/ItemsService.java",
                "src/main/resources/application.yaml",
                "src/test/java/com/example/shop/items/ItemsApiTest.java"), List.copyOf(tree(dir.resolve("shop")).keySet()));
        Map<String, String> files = tree(dir.resolve("shop"));
        String pom = files.get("pom.xml");
        // one Aerie version, in the import of aerie-bom; every dev.aerie artifact takes it from there
        String bomImport = "<groupId>dev.aerie</groupId>\n        <artifactId>aerie-bom</artifactId>\n        <version>"
                + Versions.load().aerie() + "</version>\n        <type>pom</type>\n        <scope>import</scope>";
        assertTrue(pom.contains(bomImport), pom);
        assertFalse(pom.matches("(?s).*<artifactId>aerie-(?!bom)[a-z-]+</artifactId>\\s*<version>.*"), pom);
        assertTrue(pom.contains("<artifactId>aerie-processor</artifactId>") && pom.contains("<annotationProcessorPaths>"), pom);
        assertTrue(pom.contains("<goal>select-jdk-toolchain</goal>") && pom.contains("<version>[21,)</version>"), pom);
        // mvn -Prun stopped with Ctrl-C (exit 130) or SIGTERM (143) is not a Maven ERROR
        assertTrue(pom.contains("<successCode>130</successCode>") && pom.contains("<successCode>143</successCode>"), pom);
        assertFalse(String.join("", files.values()).contains("{{"), "every placeholder was filled");
        assertTrue(files.get("src/main/resources/application.yaml")
                .contains("url: \"jdbc:h2:file:./data/shop;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE\""));
        assertEquals("""
                package com.example.shop;

                import com.example.shop.items.ItemsModule;
                import dev.aerie.Aerie;
                import dev.aerie.api.Module;

                /** The application: the root module every other module hangs off. */
                @Module(imports = ItemsModule.class)
                public final class AppModule {
                    public static void main(String[] args) {
                        Aerie.run(AppModule.class, args);
                    }
                }
                """, files.get("src/main/java/com/example/shop/AppModule.java"));
        assertTrue(run.out().contains("created shop/pom.xml"), run.out());
    }

    @Test
    void outputIsDeterministic() throws IOException {
        assertEquals(0, run("new", "shop", "--dir", dir.resolve("a").toString()).exit());
        assertEquals(0, run("new", "shop", "--dir", dir.resolve("b").toString()).exit());
        assertEquals(0, run("generate", "resource", "product", "--dir", dir.resolve("a/shop").toString()).exit());
        assertEquals(0, run("generate", "resource", "product", "--dir", dir.resolve("b/shop").toString()).exit());
        assertEquals(tree(dir.resolve("a")), tree(dir.resolve("b")));
    }

    @Test
    void databasesAndPackages() throws IOException {
        assertEquals(0, run("new", "pg-shop", "--db", "postgresql", "--package", "org.acme.store", "--dir", dir.toString()).exit());
        Map<String, String> pg = tree(dir.resolve("pg-shop"));
        assertTrue(pg.get("src/main/resources/application.yaml").contains("url: \"jdbc:postgresql://localhost:5432/pg_shop?user=postgres\""));
        assertTrue(pg.containsKey("src/main/java/org/acme/store/AppModule.java"));
        assertTrue(pg.get("pom.xml").contains("<artifactId>pg-shop</artifactId>"));
        // the project adds the one driver it uses (aerie-runtime brings only H2), version from the BOM
        assertTrue(pg.get("pom.xml").contains("""
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                      <scope>runtime</scope>
                    </dependency>
                """), pg.get("pom.xml"));
        assertFalse(pg.get("pom.xml").contains("mariadb"), pg.get("pom.xml"));

        assertEquals(0, run("new", "maria", "--db", "mariadb", "--dir", dir.toString()).exit());
        assertTrue(tree(dir.resolve("maria")).get("src/main/resources/application.yaml")
                .contains("url: \"jdbc:mariadb://localhost:3306/maria?user=root\""));
        String mariaPom = tree(dir.resolve("maria")).get("pom.xml");
        assertTrue(mariaPom.contains("<artifactId>mariadb-java-client</artifactId>\n      <scope>runtime</scope>"), mariaPom);
        assertFalse(mariaPom.contains("<artifactId>postgresql</artifactId>"), mariaPom);
    }

    @Test
    void badNamesAreRefusedAndNothingIsWritten() throws IOException {
        Run badProject = run("new", "1shop", "--dir", dir.toString());
        assertEquals(1, badProject.exit());
        assertTrue(badProject.err().contains("'1shop' is not a project name"), badProject.err());

        Run badPackage = run("new", "shop", "--package", "com.Example.class", "--dir", dir.toString());
        assertEquals(1, badPackage.exit());
        assertTrue(badPackage.err().contains("'com.Example.class' is not a Java package name"), badPackage.err());

        Run badDb = run("new", "shop", "--db", "oracle", "--dir", dir.toString());
        assertEquals(1, badDb.exit());
        assertTrue(badDb.err().contains("--db oracle is not supported: choose h2, postgresql or mariadb"), badDb.err());
        assertEquals(Map.of(), tree(dir));

        assertEquals(0, run("new", "shop", "--dir", dir.toString()).exit());
        Path shop = dir.resolve("shop");
        Map<String, String> before = tree(shop);
        Run badFeature = run("generate", "resource", "order-line", "--dir", shop.toString());
        assertEquals(1, badFeature.exit());
        assertTrue(badFeature.err().contains("'order-line' is not a usable name"), badFeature.err());
        Run keyword = run("generate", "module", "class", "--dir", shop.toString());
        assertEquals(1, keyword.exit());
        assertTrue(keyword.err().contains("'com.example.shop.class' is not a Java package name"), keyword.err());
        Run badKind = run("generate", "repository", "thing", "--dir", shop.toString());
        assertEquals(1, badKind.exit());
        assertTrue(badKind.err().contains("cannot generate 'repository': choose module, controller, service or resource"), badKind.err());
        assertEquals(2, run("generate", "resource", "--dir", shop.toString()).exit(), "a missing name is a usage error");
        assertEquals(before, tree(shop));
    }

    @Test
    void existingFilesAreNeverOverwritten() throws IOException {
        assertEquals(0, run("new", "shop", "--dir", dir.toString()).exit());
        Run again = run("new", "shop", "--dir", dir.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("refusing to overwrite " + dir.resolve("shop") + ": it exists"), again.err());

        Path shop = dir.resolve("shop");
        Map<String, String> before = tree(shop);
        Run item = run("generate", "resource", "item", "--dir", shop.toString());
        assertEquals(1, item.exit());
        assertTrue(item.err().contains("refusing to overwrite src/main/java/com/example/shop/items/Item.java, "), item.err());
        assertTrue(item.err().contains("nothing was written"), item.err());
        assertEquals(before, tree(shop), "a refused command writes nothing, not even the AppModule edit");

        assertEquals(0, run("generate", "module", "billing", "--dir", shop.toString()).exit());
        Map<String, String> withBilling = tree(shop);
        Run twice = run("generate", "module", "billing", "--dir", shop.toString());
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("refusing to overwrite src/main/java/com/example/shop/billing/BillingModule.java"), twice.err());
        assertEquals(withBilling, tree(shop));
    }

    @Test
    void generateRegistersModulesAndFillsFeatureModules() throws IOException {
        assertEquals(0, run("new", "shop", "--dir", dir.toString()).exit());
        Path shop = dir.resolve("shop");
        Run resource = run("generate", "resource", "orderLine", "--dir", shop.toString());
        assertEquals(0, resource.exit(), resource.err());
        assertEquals("""
                created src/main/java/com/example/shop/orderlines/OrderLine.java
                created src/main/java/com/example/shop/orderlines/OrderLineIn.java
                created src/main/java/com/example/shop/orderlines/OrderLinesController.java
                created src/main/java/com/example/shop/orderlines/OrderLinesModule.java
                created src/main/java/com/example/shop/orderlines/OrderLinesService.java
                created src/test/java/com/example/shop/orderlines/OrderLinesApiTest.java
                updated src/main/java/com/example/shop/AppModule.java
                """, resource.out().replace(System.lineSeparator(), "\n"));
        Map<String, String> files = tree(shop);
        assertTrue(files.get("src/main/java/com/example/shop/orderlines/OrderLine.java").contains("@Entity(table = \"order_lines\")"));
        assertTrue(files.get("src/main/java/com/example/shop/orderlines/OrderLinesController.java").contains("@Controller(\"/order-lines\")"));

        assertEquals(0, run("g", "service", "pricing", "--dir", shop.toString()).exit());
        assertEquals(0, run("generate", "controller", "pricing", "--dir", shop.toString()).exit());
        files = tree(shop);
        assertEquals("""
                package com.example.shop.pricing;

                import dev.aerie.api.Module;

                /** Pricing. */
                @Module(controllers = PricingController.class, providers = PricingService.class)
                public final class PricingModule {}
                """, files.get("src/main/java/com/example/shop/pricing/PricingModule.java"));
        assertEquals("""
                package com.example.shop;

                import com.example.shop.items.ItemsModule;
                import com.example.shop.orderlines.OrderLinesModule;
                import com.example.shop.pricing.PricingModule;
                import dev.aerie.Aerie;
                import dev.aerie.api.Module;

                /** The application: the root module every other module hangs off. */
                @Module(imports = {ItemsModule.class, OrderLinesModule.class, PricingModule.class})
                public final class AppModule {
                    public static void main(String[] args) {
                        Aerie.run(AppModule.class, args);
                    }
                }
                """, files.get("src/main/java/com/example/shop/AppModule.java"));
    }

    @Test
    void generateOutsideAProjectSaysWhatToDo() {
        Run outside = run("generate", "module", "billing", "--dir", dir.toString());
        assertEquals(1, outside.exit());
        assertTrue(outside.err().contains("is not a Maven project with src/main/java: run generate inside a project made by 'aerie new'"),
                outside.err());
    }

    @Test
    void anAppModuleItCannotEditIsReported() throws IOException {
        assertEquals(0, run("new", "shop", "--dir", dir.toString()).exit());
        Path shop = dir.resolve("shop");
        Path app = shop.resolve("src/main/java/com/example/shop/AppModule.java");
        Files.writeString(app, Files.readString(app).replace("imports = ItemsModule.class", "imports = ALL"));
        Map<String, String> before = tree(shop);
        Run refused = run("generate", "module", "billing", "--dir", shop.toString());
        assertEquals(1, refused.exit());
        assertEquals("aerie: cannot edit src/main/java/com/example/shop/AppModule.java: imports = ALL is neither a class"
                + " literal nor an array of class literals; add BillingModule.class by hand. Nothing was written.",
                refused.err().strip());
        assertEquals(before, tree(shop));
    }
}
