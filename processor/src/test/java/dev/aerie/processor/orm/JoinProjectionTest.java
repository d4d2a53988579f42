package dev.aerie.processor.orm;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.orm.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Typed joins: the metamodel's foreign keys, the generated reader of a {@code @Projection(from = ...)}
 * (golden files), and the compile errors promised for a join (message and line).
 */
class JoinProjectionTest {

    private static final JavaFileObject ARTICLE_WITH_AUTHOR = source("blog.ArticleWithAuthor",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "import shop.Nullable;",
            "",
            "@Projection(from = {Article.class, User.class})",
            "public record ArticleWithAuthor(long id, String title, @Nullable Long authorId,",
            "                                @Column(name = \"name\") @Nullable String author) {}");

    @Test
    void foreignKeysAndTheJoinReaderMatchGoldenFiles() {
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.USER, Fixtures.ARTICLE, ARTICLE_WITH_AUTHOR);
        assertThat(compilation).succeededWithoutWarnings();
        OrmCompiler.assertGolden("Article_.java", OrmCompiler.generatedSource(compilation, "blog.Article_"));
        OrmCompiler.assertGolden("ArticleWithAuthor_Mapping.java",
                OrmCompiler.generatedSource(compilation, "blog.ArticleWithAuthor_Mapping"));
    }

    @Test
    void aJoinOverAColumnThatIsNotAReferenceDoesNotCompile() {
        JavaFileObject use = source("blog.Use",
                "package blog;",
                "",
                "import dev.aerie.api.db.Session;",
                "",
                "final class Use {",
                "    static Object titles(Session db) {",
                "        return db.query(Article.class).join(Article_.title);",
                "    }",
                "}");
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.USER, Fixtures.ARTICLE, use);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("incompatible types: dev.aerie.api.db.ColumnRef<blog.Article,java.lang.String> "
                + "cannot be converted to dev.aerie.api.db.ForeignKey<?,?,?>").inFile(use).onLine(7);
    }

    @Test
    void aComponentThatMatchesNoColumnOfItsEntitiesIsAnErrorOnTheComponent() {
        JavaFileObject projection = source("blog.Card",
                "package blog;",
                "",
                "import dev.aerie.api.db.*;",
                "",
                "@Projection(from = {Article.class, User.class})",
                "public record Card(String title,",
                "                   String nickname) {}");
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.USER, Fixtures.ARTICLE, projection);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadProjection] Component 'nickname' of @Projection blog.Card reads "
                + "column 'nickname', which none of its entities has (articles: id, title, author_id, created_at, updated_at; "
                + "users: id, name); rename the component after one of those columns, name the column with "
                + "@Column(name = \"...\"), or add its entity to @Projection(from = ...)").inFile(projection).onLine(7);
    }

    @Test
    void aComponentOfAnotherTypeThanItsColumnIsAnError() {
        JavaFileObject projection = source("blog.Card",
                "package blog;",
                "",
                "import dev.aerie.api.db.*;",
                "",
                "@Projection(from = {Article.class, User.class})",
                "public record Card(long title,",
                "                   int authorId) {}");
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.USER, Fixtures.ARTICLE, projection);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[Aerie/BadProjection] Component 'title' of @Projection blog.Card has type "
                + "long, but column articles.title holds java.lang.String; declare the component as java.lang.String (or its box)")
                .inFile(projection).onLine(6);
        assertThat(compilation).hadErrorContaining("[Aerie/BadProjection] Component 'authorId' of @Projection blog.Card has type "
                + "int, but column articles.author_id holds java.lang.Long").inFile(projection).onLine(7);
    }

    @Test
    void aPrimitiveComponentOfANullableColumnIsAnError() {
        JavaFileObject projection = source("blog.Card",
                "package blog;",
                "",
                "import dev.aerie.api.db.*;",
                "",
                "@Projection(from = Article.class)",
                "public record Card(long authorId) {}");
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, Fixtures.USER, Fixtures.ARTICLE, projection);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadProjection] Component 'authorId' of @Projection blog.Card has "
                + "primitive type long, but column articles.author_id may be NULL; use the box type, and @Nullable")
                .inFile(projection).onLine(6);
    }

    @Test
    void readingFromANonEntityIsAnErrorOnTheRecord() {
        JavaFileObject projection = source("blog.Card",
                "package blog;",
                "",
                "import dev.aerie.api.db.*;",
                "",
                "@Projection(from = String.class)",
                "public record Card(String title) {}");
        Compilation compilation = OrmCompiler.compile(projection);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadProjection] @Projection blog.Card reads from java.lang.String, "
                + "which is not an @Entity of this compilation; list only entities in @Projection(from = ...), compiled with "
                + "the projection").inFile(projection).onLine(6);
    }
}
