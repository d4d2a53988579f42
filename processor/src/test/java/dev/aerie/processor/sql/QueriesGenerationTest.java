package dev.aerie.processor.sql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.sql.SqlCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated implementation of a representative {@code @Queries} interface, and the shapes it refuses. */
class QueriesGenerationTest {

    static final JavaFileObject ARTICLE_QUERIES = source("blog.ArticleQueries",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "import java.util.List;",
            "import java.util.Optional;",
            "",
            "@Queries",
            "public interface ArticleQueries {",
            "    @Sql(\"SELECT id, slug, title, body, author_id, created_at, favorites_count FROM articles WHERE slug = :slug\")",
            "    Optional<Article> bySlug(String slug);",
            "",
            "    @Sql(\"SELECT id, slug, title, body, author_id, created_at, favorites_count FROM articles WHERE id = :id\")",
            "    Article byId(long id);",
            "",
            "    @Sql(\"SELECT a.title, COUNT(*) AS count FROM articles a JOIN comments c ON c.article_id = a.id\"",
            "            + \" WHERE a.author_id IN (:authors) GROUP BY a.title\")",
            "    List<TitleCount> commentCounts(List<Long> authors);",
            "",
            "    @Sql(\"SELECT slug FROM articles ORDER BY created_at DESC\")",
            "    List<String> slugs();",
            "",
            "    @Sql(\"SELECT COUNT(*) FROM articles WHERE author_id = :authorId\")",
            "    int countBy(long authorId);",
            "",
            "    @Sql(\"SELECT MAX(favorites_count) FROM articles\")",
            "    Optional<Integer> mostFavorited();",
            "",
            "    @Sql(\"SELECT id, slug, title, body, author_id, created_at, favorites_count FROM articles ORDER BY id\")",
            "    ResultStream<Article> all();",
            "",
            "    @Sql(\"UPDATE articles SET favorites_count = favorites_count + 1 WHERE slug = :slug\")",
            "    int favorite(String slug);",
            "",
            "    @Sql(\"DELETE FROM articles WHERE author_id = :authorId\")",
            "    void deleteBy(long authorId);",
            "",
            "    default boolean exists(String slug) {",
            "        return bySlug(slug).isPresent();",
            "    }",
            "}");

    @Test
    void implementationMatchesTheGoldenFile() {
        Compilation compilation = SqlCompiler.compile(Blog.with(ARTICLE_QUERIES));
        assertThat(compilation).succeededWithoutWarnings();
        SqlCompiler.assertGolden("ArticleQueries_Queries.java", SqlCompiler.generated(compilation, "blog.ArticleQueries_Queries"));
    }

    @Test
    void aReturnTypeNoStatementProducesIsAnErrorOnTheMethod() {
        JavaFileObject queries = source("blog.BadQueries",
                "package blog;",
                "",
                "import dev.aerie.api.db.*;",
                "import java.util.Map;",
                "",
                "@Queries",
                "interface BadQueries {",
                "    @Sql(\"SELECT title, favorites_count FROM articles\")",
                "    Map<String, Integer> titles();",
                "}");
        Compilation compilation = SqlCompiler.compile(Blog.with(queries));
        assertThat(compilation).hadErrorContaining("[Aerie/BadQueries] BadQueries.titles() returns java.util.Map<java.lang.String,"
                + "java.lang.Integer>, which a query cannot produce. Return void, int or long (update count), or T, Optional<T>,"
                + " List<T> or ResultStream<T>").inFile(queries).onLine(9);
    }

    @Test
    void anUpdateCannotReturnRows() {
        JavaFileObject queries = source("blog.BadQueries",
                "package blog;",
                "",
                "import dev.aerie.api.db.*;",
                "",
                "@Queries",
                "interface BadQueries {",
                "    @Sql(\"DELETE FROM articles WHERE slug = :slug\")",
                "    Article delete(String slug);",
                "}");
        Compilation compilation = SqlCompiler.compile(Blog.with(queries));
        assertThat(compilation).hadErrorContaining("[Aerie/BadQueries] BadQueries.delete() returns blog.Article, which a"
                + " statement without RETURNING cannot produce.").inFile(queries).onLine(8);
    }

    @Test
    void aMethodWithoutSqlAndAClassAreErrors() {
        JavaFileObject queries = source("blog.BadQueries",
                "package blog;",
                "",
                "import dev.aerie.api.db.*;",
                "",
                "@Queries",
                "interface BadQueries {",
                "    long count();",
                "}");
        JavaFileObject notInterface = source("blog.NotAnInterface",
                "package blog;",
                "",
                "@dev.aerie.api.db.Queries",
                "abstract class NotAnInterface {}");
        Compilation compilation = SqlCompiler.compile(Blog.with(queries, notInterface));
        assertThat(compilation).hadErrorContaining("[Aerie/BadQueries] BadQueries.count() has no @Sql statement, so there is"
                + " nothing to generate for it. Annotate it @Sql(\"select ...\"), or make it a default method.")
                .inFile(queries).onLine(7);
        assertThat(compilation).hadErrorContaining("[Aerie/BadQueries] @Queries NotAnInterface is not an interface")
                .inFile(notInterface).onLine(4);
    }
}
