package dev.aerie.processor.orm;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Entity sources shared by the processor tests. */
final class Fixtures {
    private Fixtures() {}

    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    static final JavaFileObject NULLABLE = source("shop.Nullable",
            "package shop;",
            "",
            "import java.lang.annotation.Retention;",
            "import java.lang.annotation.RetentionPolicy;",
            "",
            "@Retention(RetentionPolicy.CLASS)",
            "public @interface Nullable {}");

    /** A type-use Nullable, as JSpecify's. */
    static final JavaFileObject TYPE_USE_NULLABLE = source("shop.tu.Nullable",
            "package shop.tu;",
            "",
            "import java.lang.annotation.ElementType;",
            "import java.lang.annotation.Target;",
            "",
            "@Target(ElementType.TYPE_USE)",
            "public @interface Nullable {}");

    /** The book of the design notes. */
    static final JavaFileObject BOOK = source("shop.Book",
            "package shop;",
            "",
            "import dev.aerie.api.db.Column;",
            "import dev.aerie.api.db.Entity;",
            "import dev.aerie.api.db.GeneratedValue;",
            "import dev.aerie.api.db.Id;",
            "",
            "@Entity(table = \"books\")",
            "public record Book(@Id @GeneratedValue Long id,",
            "                   @Column(length = 200) String title,",
            "                   String author,",
            "                   int year,",
            "                   @Nullable String isbn) {}");

    static final JavaFileObject STATUS = source("shop.Status",
            "package shop;",
            "",
            "public enum Status { DRAFT, PUBLISHED, OUT_OF_PRINT }");

    static final JavaFileObject PUBLISHER = source("shop.Publisher",
            "package shop;",
            "",
            "import dev.aerie.api.db.Column;",
            "import dev.aerie.api.db.Entity;",
            "import dev.aerie.api.db.Id;",
            "import java.util.UUID;",
            "",
            "@Entity",
            "public record Publisher(@Id UUID id, @Column(length = 100, unique = true) String name) {}");

    /** Every supported type, nullable and not, a composite unique index, a plain index and foreign keys. */
    static final JavaFileObject EDITION = source("shop.Edition",
            "package shop;",
            "",
            "import dev.aerie.api.db.Column;",
            "import dev.aerie.api.db.Entity;",
            "import dev.aerie.api.db.GeneratedValue;",
            "import dev.aerie.api.db.Id;",
            "import dev.aerie.api.db.Index;",
            "import dev.aerie.api.db.References;",
            "import dev.aerie.api.db.Transient;",
            "import java.math.BigDecimal;",
            "import java.time.Instant;",
            "import java.time.LocalDate;",
            "import java.time.LocalDateTime;",
            "import java.time.OffsetDateTime;",
            "import java.util.List;",
            "import java.util.UUID;",
            "",
            "@Entity",
            "@Index(value = {\"bookId\", \"editionNumber\"}, unique = true)",
            "@Index(\"publishedOn\")",
            "public record Edition(",
            "        @Id @GeneratedValue long id,",
            "        @References(Book.class) Long bookId,",
            "        @References(Publisher.class) @Nullable UUID publisherId,",
            "        int editionNumber,",
            "        @Nullable Integer printRun,",
            "        short pages,",
            "        @Nullable Short weightGrams,",
            "        boolean hardcover,",
            "        @Nullable Boolean signed,",
            "        double rating,",
            "        @Nullable Double score,",
            "        float widthCm,",
            "        @Nullable Float heightCm,",
            "        long isbnNumber,",
            "        @Nullable Long stock,",
            "        @Column(precision = 10, scale = 2) BigDecimal price,",
            "        @Nullable BigDecimal discount,",
            "        UUID sku,",
            "        Status status,",
            "        @Nullable Status previousStatus,",
            "        LocalDate publishedOn,",
            "        @Nullable LocalDateTime printedAt,",
            "        Instant createdAt,",
            "        @Nullable OffsetDateTime updatedAt,",
            "        @Nullable byte[] cover,",
            "        @Column(name = \"edition_title\", length = 300) String title,",
            "        @Transient List<String> notes) {}");

    /** Users who follow users, articles with tags: the join entities of the relations chapter. */
    static final JavaFileObject USER = source("blog.User",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"users\")",
            "public record User(@Id @GeneratedValue Long id, @Column(unique = true) String name) {}");

    static final JavaFileObject FOLLOW = source("blog.Follow",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"follows\")",
            "public record Follow(@Id @References(value = User.class, onDelete = OnDelete.CASCADE) long followerId,",
            "                     @Id @References(value = User.class, onDelete = OnDelete.CASCADE) long followeeId) {}");

    static final JavaFileObject ARTICLE = source("blog.Article",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "import shop.Nullable;",
            "",
            "@Entity(table = \"articles\")",
            "public record Article(@Id @GeneratedValue Long id, String title,",
            "                      @Nullable @References(value = User.class, onDelete = OnDelete.SET_NULL) Long authorId,",
            "                      @CreatedAt java.time.Instant createdAt,",
            "                      @UpdatedAt java.time.OffsetDateTime updatedAt) {}");

    static final JavaFileObject TAG = source("blog.Tag",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"tags\")",
            "public record Tag(@Id @GeneratedValue Long id, String name) {}");

    static final JavaFileObject ARTICLE_TAG = source("blog.ArticleTag",
            "package blog;",
            "",
            "import dev.aerie.api.db.*;",
            "",
            "@Entity(table = \"article_tags\")",
            "public record ArticleTag(@Id @References(value = Article.class, onDelete = OnDelete.CASCADE) long articleId,",
            "                         @Id @References(value = Tag.class, onDelete = OnDelete.RESTRICT) long tagId) {}");
}
