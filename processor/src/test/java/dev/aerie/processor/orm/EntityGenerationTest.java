package dev.aerie.processor.orm;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.orm.Fixtures.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class EntityGenerationTest {

    @Test
    void bookMatchesGoldenFiles() {
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.BOOK);
        assertThat(compilation).succeededWithoutWarnings();
        OrmCompiler.assertGolden("Book_Table.java", OrmCompiler.generatedSource(compilation, "shop.Book_Table"));
        OrmCompiler.assertGolden("Book_.java", OrmCompiler.generatedSource(compilation, "shop.Book_"));
    }

    @Test
    void joinEntitiesMatchGoldenFiles() {
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.USER, Fixtures.FOLLOW,
                Fixtures.ARTICLE, Fixtures.TAG, Fixtures.ARTICLE_TAG);
        assertThat(compilation).succeededWithoutWarnings();
        OrmCompiler.assertGolden("ArticleTag_Table.java", OrmCompiler.generatedSource(compilation, "blog.ArticleTag_Table"));
        OrmCompiler.assertGolden("ArticleTag_.java", OrmCompiler.generatedSource(compilation, "blog.ArticleTag_"));
        // @CreatedAt/@UpdatedAt: the generated stamped(...) sets them
        OrmCompiler.assertGolden("Article_Table.java", OrmCompiler.generatedSource(compilation, "blog.Article_Table"));
        for (String dialect : new String[] {"h2", "postgresql", "mariadb"}) {
            OrmCompiler.assertGolden("relations-" + dialect + ".sql", OrmCompiler.schema(compilation, dialect + ".sql"));
        }
    }

    @Test
    void schemaScriptsMatchGoldenFiles() {
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.BOOK, Fixtures.STATUS,
                Fixtures.PUBLISHER, Fixtures.EDITION);
        assertThat(compilation).succeededWithoutWarnings();
        for (String dialect : new String[] {"h2", "postgresql", "mariadb"}) {
            OrmCompiler.assertGolden(dialect + ".sql", OrmCompiler.schema(compilation, dialect + ".sql"));
            OrmCompiler.assertGolden("drop-" + dialect + ".sql", OrmCompiler.schema(compilation, "drop-" + dialect + ".sql"));
        }
    }

    @Test
    void generationIsDeterministic() {
        Compilation first = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.BOOK, Fixtures.STATUS, Fixtures.PUBLISHER, Fixtures.EDITION);
        Compilation second = OrmCompiler.compile(Fixtures.EDITION, Fixtures.PUBLISHER, Fixtures.STATUS, Fixtures.BOOK, Fixtures.NULLABLE);
        for (String name : new String[] {"shop.Edition_Table", "shop.Edition_", "shop.Publisher_Table"}) {
            org.junit.jupiter.api.Assertions.assertEquals(
                    OrmCompiler.generatedSource(first, name), OrmCompiler.generatedSource(second, name));
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                OrmCompiler.schema(first, "postgresql.sql"), OrmCompiler.schema(second, "postgresql.sql"));
    }

    @Test
    void classEntityUsesConstructorByParameterNameAndGetters() {
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, source("shop.Member",
                "package shop;",
                "",
                "import dev.aerie.api.db.Entity;",
                "import dev.aerie.api.db.GeneratedValue;",
                "import dev.aerie.api.db.Id;",
                "import dev.aerie.api.db.Transient;",
                "",
                "@Entity",
                "public final class Member {",
                "    @Id @GeneratedValue private final Integer id;",
                "    private final String email;",
                "    final boolean active;",
                "    @Transient private int visits;",
                "",
                "    public Member(String email, Integer id, boolean active) {",
                "        this.id = id;",
                "        this.email = email;",
                "        this.active = active;",
                "    }",
                "",
                "    public Integer getId() { return id; }",
                "    public String email() { return email; }",
                "    public int visits() { return visits; }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        String table = OrmCompiler.generatedSource(compilation, "shop.Member_Table");
        assertContains(table, "return new Member(\n                row.getString(1),\n                row.getInt(0),\n                row.getBoolean(2));");
        assertContains(table, "return new Member(entity.email(), ((Number) id).intValue(), entity.active);");
        assertContains(table, "entity.getId(),\n                entity.email(),\n                entity.active};");
        assertContains(table, "\"INSERT INTO \\\"member\\\" (\\\"email\\\", \\\"active\\\") VALUES (?, ?)\"");
    }

    @Test
    void typeUseNullableMakesAColumnNullable() {
        Compilation compilation = OrmCompiler.compile(Fixtures.TYPE_USE_NULLABLE, source("shop.Note",
                "package shop;",
                "",
                "import dev.aerie.api.db.Entity;",
                "import dev.aerie.api.db.Id;",
                "import shop.tu.Nullable;",
                "",
                "@Entity",
                "public record Note(@Id long id, @Nullable String text, String author) {}"));
        assertThat(compilation).succeededWithoutWarnings();
        String h2 = OrmCompiler.schema(compilation, "h2.sql");
        assertContains(h2, "\"text\" VARCHAR(255),\n");
        assertContains(h2, "\"author\" VARCHAR(255) NOT NULL,\n");
    }

    @Test
    void aTextColumnIsLongTextOnEveryDialect() {
        Compilation compilation = OrmCompiler.compile(source("shop.Post",
                "package shop;",
                "",
                "import dev.aerie.api.db.*;",
                "",
                "@Entity",
                "public record Post(@Id long id, @Column(text = true) String body,",
                "                   @Column(text = true) @org.jspecify.annotations.Nullable String summary,",
                "                   @Column(length = 16383) String longest) {}"));
        assertThat(compilation).succeededWithoutWarnings();
        String h2 = OrmCompiler.schema(compilation, "h2.sql");
        assertContains(h2, "\"body\" CHARACTER VARYING(1000000000) NOT NULL,\n");
        assertContains(h2, "\"summary\" CHARACTER VARYING(1000000000),\n");
        assertContains(h2, "\"longest\" VARCHAR(16383) NOT NULL");
        String postgresql = OrmCompiler.schema(compilation, "postgresql.sql");
        assertContains(postgresql, "\"body\" TEXT NOT NULL,\n");
        assertContains(postgresql, "\"summary\" TEXT,\n");
        String mariadb = OrmCompiler.schema(compilation, "mariadb.sql");
        assertContains(mariadb, "`body` LONGTEXT NOT NULL,\n");
        assertContains(mariadb, "`summary` LONGTEXT,\n");
        assertContains(mariadb, "`longest` VARCHAR(16383) NOT NULL");
    }

    @Test
    void tablesComeInForeignKeyOrderAndDropInReverse() {
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.BOOK, Fixtures.STATUS,
                Fixtures.PUBLISHER, Fixtures.EDITION);
        String pg = OrmCompiler.schema(compilation, "postgresql.sql");
        // edition references books and publisher; by name alone it would come first
        org.junit.jupiter.api.Assertions.assertTrue(pg.indexOf("TABLE IF NOT EXISTS \"edition\"") > pg.indexOf("TABLE IF NOT EXISTS \"books\""));
        org.junit.jupiter.api.Assertions.assertTrue(pg.indexOf("TABLE IF NOT EXISTS \"edition\"") > pg.indexOf("TABLE IF NOT EXISTS \"publisher\""));
        String drop = OrmCompiler.schema(compilation, "drop-postgresql.sql");
        org.junit.jupiter.api.Assertions.assertTrue(drop.indexOf("\"edition\"") < drop.indexOf("\"books\""));
    }

    @Test
    void projectionMappingMatchesGoldenFile() {
        Compilation compilation = OrmCompiler.compile(Fixtures.STATUS, source("shop.TitleCount",
                "package shop;",
                "",
                "import dev.aerie.api.db.Column;",
                "import dev.aerie.api.db.Projection;",
                "",
                "@Projection",
                "public record TitleCount(String authorName, long titles, @Column(name = \"state\") Status status) {}"));
        assertThat(compilation).succeededWithoutWarnings();
        OrmCompiler.assertGolden("TitleCount_Mapping.java", OrmCompiler.generatedSource(compilation, "shop.TitleCount_Mapping"));
    }

    @Test
    void nestedEntityGetsFlattenedGeneratedNames() {
        Compilation compilation = OrmCompiler.compile(source("shop.Catalog",
                "package shop;",
                "",
                "import dev.aerie.api.db.Entity;",
                "import dev.aerie.api.db.Id;",
                "",
                "public final class Catalog {",
                "    @Entity",
                "    public record ShelfItem(@Id String code, Catalog.Kind kind) {}",
                "",
                "    public enum Kind { BOOK, MAP }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        String table = OrmCompiler.generatedSource(compilation, "shop.Catalog_ShelfItem_Table");
        assertContains(table, "public final class Catalog_ShelfItem_Table implements EntityTable<Catalog.ShelfItem>");
        assertContains(table, "Catalog.Kind.valueOf(row.getString(1))");
        assertContains(OrmCompiler.schema(compilation, "h2.sql"), "CREATE TABLE IF NOT EXISTS \"shelf_item\"");
        OrmCompiler.generatedSource(compilation, "shop.Catalog_ShelfItem_");
    }

    @Test
    void entityWaitsForAFieldTypeThatAnotherProcessorGenerates() {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new EnumGeneratingProcessor(), new dev.aerie.processor.AerieProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(java.util.stream.Stream.concat(java.util.stream.Stream.of(source("shop.Parcel",
                        "package shop;",
                        "",
                        "import dev.aerie.api.db.Entity;",
                        "import dev.aerie.api.db.Id;",
                        "",
                        "@Entity",
                        "public record Parcel(@Id long id, shop.gen.Size size) {}")), OrmCompiler.runtimeSpi().stream()).toList());
        assertThat(compilation).succeededWithoutWarnings();
        assertContains(OrmCompiler.generatedSource(compilation, "shop.Parcel_Table"), "Size.valueOf(row.getString(1))");
    }

    /** Generates the enum shop.gen.Size in its first round, as another annotation processor would. */
    static final class EnumGeneratingProcessor extends javax.annotation.processing.AbstractProcessor {
        private boolean done;

        @Override
        public java.util.Set<String> getSupportedAnnotationTypes() {
            return java.util.Set.of("*");
        }

        @Override
        public javax.lang.model.SourceVersion getSupportedSourceVersion() {
            return javax.lang.model.SourceVersion.latestSupported();
        }

        @Override
        public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
                               javax.annotation.processing.RoundEnvironment round) {
            if (!done) {
                done = true;
                try (java.io.Writer writer = processingEnv.getFiler().createSourceFile("shop.gen.Size").openWriter()) {
                    writer.write("package shop.gen;\npublic enum Size { S, M, L }\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    static void assertContains(String text, String expected) {
        if (!text.contains(expected)) {
            throw new AssertionError("expected to find\n" + expected + "\nin\n" + text);
        }
    }
}
