package dev.aerie.processor.sql;

import static dev.aerie.processor.sql.SqlCompiler.source;

import javax.tools.JavaFileObject;

/** The entities the SQL tests check statements against: a small blog. */
final class Blog {
    private Blog() {}

    static final JavaFileObject NULLABLE = source("blog.Nullable",
            "package blog;",
            "",
            "import java.lang.annotation.*;",
            "",
            "@Retention(RetentionPolicy.CLASS)",
            "@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})",
            "public @interface Nullable {}");

    static final JavaFileObject USER = source("blog.User",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"users\")",
            "public record User(@Id @GeneratedValue Long id, @Column(unique = true) String username, String email,",
            "                   @Nullable String bio) {}");

    static final JavaFileObject ARTICLE = source("blog.Article",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "import java.time.Instant;",
            "",
            "@Entity(table = \"articles\")",
            "public record Article(@Id @GeneratedValue Long id, @Column(unique = true) String slug, String title,",
            "                      @Column(text = true) String body, @References(User.class) long authorId,",
            "                      Instant createdAt, int favoritesCount) {}");

    static final JavaFileObject TAG = source("blog.Tag",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"tags\")",
            "public record Tag(@Id @GeneratedValue Long id, @Column(unique = true) String name) {}");

    static final JavaFileObject ARTICLE_TAG = source("blog.ArticleTag",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"article_tags\")",
            "public record ArticleTag(@Id @References(value = Article.class, onDelete = OnDelete.CASCADE) long articleId,",
            "                         @Id @References(Tag.class) long tagId) {}");

    static final JavaFileObject COMMENT = source("blog.Comment",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"comments\")",
            "public record Comment(@Id @GeneratedValue Long id, @References(Article.class) long articleId,",
            "                      @References(User.class) long authorId, String body) {}");

    static final JavaFileObject TITLE_COUNT = source("blog.TitleCount",
            "package blog;",
            "",
            "import dev.aerie.api.db.Projection;",
            "",
            "@Projection",
            "public record TitleCount(String title, long count) {}");

    /** Every entity and projection, then {@code more}. */
    static JavaFileObject[] with(JavaFileObject... more) {
        JavaFileObject[] base = {NULLABLE, USER, ARTICLE, TAG, ARTICLE_TAG, COMMENT, TITLE_COUNT};
        JavaFileObject[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
