package dev.aerie.processor.orm;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.orm.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error the entity processor promises: its message and the line it points at. */
class EntityErrorsTest {

    private static final String IMPORTS = "import dev.aerie.api.db.*;";

    @Test
    void entityWithoutIdIsAnErrorOnTheClass() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(String name) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[Aerie/BadEntity] Entity shop.Tag has no @Id field; annotate the key field (or several, for a composite key) with @dev.aerie.api.db.Id")
                .inFile(tag).onLine(5);
    }

    @Test
    void unsupportedFieldTypeIsNamedOnTheField() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "import java.util.List;",
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  List<String> aliases) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[Aerie/BadColumn] Field 'aliases' of entity shop.Tag has type java.util.List<java.lang.String>, which cannot be stored "
                                + "in a column; use one of String, int, long")
                .inFile(tag).onLine(7);
        assertThat(compilation).hadErrorContaining("or mark the field @Transient").inFile(tag).onLine(7);
    }

    @Test
    void unsupportedTypeOfAClassFieldIsReportedOnTheField() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public class Tag {",
                "    @Id final long id;",
                "    final char initial;",
                "    Tag(long id, char initial) { this.id = id; this.initial = initial; }",
                "}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'initial' of entity shop.Tag has type char, which cannot be stored")
                .inFile(tag).onLine(7);
    }

    @Test
    void twoEntitiesWithOneTableNameIsAnErrorOnTheSecond() {
        JavaFileObject first = source("shop.Author",
                "package shop;",
                IMPORTS,
                "",
                "@Entity(table = \"people\")",
                "public record Author(@Id long id) {}");
        JavaFileObject second = source("shop.Reader",
                "package shop;",
                IMPORTS,
                "",
                "",
                "@Entity(table = \"people\")",
                "public record Reader(@Id long id) {}");
        Compilation compilation = OrmCompiler.compile(second, first);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/NameClash] Entity shop.Reader uses table 'people', which entity shop.Author "
                        + "already uses; give one of them another name with @Entity(table = \"...\")")
                .inFile(second).onLine(6);
    }

    @Test
    void twoFieldsWithOneColumnNameIsAnErrorOnTheSecond() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  String displayName,",
                "                  @Column(name = \"display_name\") String label) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/NameClash] Field 'label' of entity shop.Tag maps to column 'display_name', "
                        + "which field 'displayName' already uses; rename one with @Column(name = \"...\")")
                .inFile(tag).onLine(7);
    }

    @Test
    void foreignKeyToANonEntityIsAnErrorOnTheField() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  @References(String.class) String owner) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadReference] Field 'owner' of entity shop.Tag references java.lang.String, "
                        + "which is not an @Entity; reference an entity class, or annotate java.lang.String with @Entity")
                .inFile(tag).onLine(6);
    }

    @Test
    void foreignKeyOfAnotherTypeThanTheReferencedIdIsAnError() {
        JavaFileObject author = source("shop.Author",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Author(@Id @GeneratedValue Long id) {}");
        JavaFileObject book = source("shop.Book",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Book(@Id long id,",
                "                   @References(Author.class) int authorId) {}");
        Compilation compilation = OrmCompiler.compile(author, book);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadReference] Field 'authorId' of entity shop.Book has type int but references "
                        + "shop.Author whose id 'id' has type java.lang.Long; declare the field with the id's type")
                .inFile(book).onLine(6);
    }

    @Test
    void generatedValueOnAStringIdSaysToAssignItInstead() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id @GeneratedValue String id) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'id' of entity shop.Tag is @GeneratedValue"
                        + " but has type java.lang.String; the database generates int, long or short ids (or their boxes)"
                        + " only. Remove @GeneratedValue and set the id yourself before inserting (e.g."
                        + " UUID.randomUUID().toString()), or make the id a long.")
                .inFile(tag).onLine(5);
    }

    @Test
    void generatedValueOnANonNumericIdIsAnError() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "import java.util.UUID;",
                "",
                "@Entity",
                "public record Tag(@Id @GeneratedValue UUID id) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'id' of entity shop.Tag is @GeneratedValue"
                        + " but has type java.util.UUID; the database generates int, long or short ids (or their boxes)"
                        + " only. Remove @GeneratedValue and set the id yourself before inserting (e.g. UUID.randomUUID()),"
                        + " or make the id a long.")
                .inFile(tag).onLine(6);
    }

    @Test
    void classWithoutAUsableConstructorIsAnErrorOnTheClass() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public class Tag {",
                "    @Id long id;",
                "    String name;",
                "    public Tag(long id) { this.id = id; }",
                "}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadEntity] Entity shop.Tag has no usable constructor; add a non-private "
                        + "constructor whose parameters are named like its fields (id, name) and take every persistent field")
                .inFile(tag).onLine(5);
    }

    @Test
    void privateFieldWithoutAccessorIsAnError() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public class Tag {",
                "    @Id final long id;",
                "    private final String name;",
                "    Tag(long id, String name) { this.id = id; this.name = name; }",
                "}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'name' of entity shop.Tag is private and has no accessor; "
                        + "add a method name() or getName() returning it")
                .inFile(tag).onLine(7);
    }

    @Test
    void foreignKeyCycleIsAnError() {
        JavaFileObject a = source("shop.Alpha",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Alpha(@Id long id, @References(Beta.class) long betaId) {}");
        JavaFileObject b = source("shop.Beta",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Beta(@Id long id, @References(Alpha.class) long alphaId) {}");
        Compilation compilation = OrmCompiler.compile(a, b);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadReference] Foreign keys form a cycle: shop.Alpha -> shop.Beta -> shop.Alpha; "
                        + "no table can be created first. Remove @References from one field on this cycle")
                .inFile(a).onLine(5);
    }

    @Test
    void selfReferenceIsNoCycle() {
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, source("shop.Category",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Category(@Id long id, @References(Category.class) @Nullable Long parentId) {}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatedValueInACompositeKeyIsAnErrorOnThatField() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  @Id @GeneratedValue Long code) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadEntity] Field 'code' of entity shop.Tag is @GeneratedValue but part of the "
                        + "composite key (id, code); only a single-column id can be generated, so remove @GeneratedValue")
                .inFile(tag).onLine(6);
    }

    @Test
    void setNullOnANonNullableReferenceIsAnErrorOnTheField() {
        JavaFileObject user = source("shop.User",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record User(@Id @GeneratedValue Long id) {}");
        JavaFileObject article = source("shop.Article",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Article(@Id long id,",
                "        @References(value = User.class, onDelete = OnDelete.SET_NULL) long authorId) {}");
        Compilation compilation = OrmCompiler.compile(user, article);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadReference] Field 'authorId' of entity shop.Article has @References(onDelete = SET_NULL) "
                        + "but is not @Nullable, so the database could not set it to NULL; annotate it @Nullable (with a box type) "
                        + "or use CASCADE or RESTRICT")
                .inFile(article).onLine(6);
    }

    @Test
    void setNullOnAKeyFieldIsAnErrorOnTheField() {
        JavaFileObject user = source("shop.User",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record User(@Id @GeneratedValue Long id) {}");
        JavaFileObject follow = source("shop.Follow",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Follow(@Id @References(value = User.class, onDelete = OnDelete.SET_NULL) long followerId,",
                "                     @Id @References(User.class) long followeeId) {}");
        Compilation compilation = OrmCompiler.compile(user, follow);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadReference] Field 'followerId' of entity shop.Follow has "
                        + "@References(onDelete = SET_NULL) but is part of the primary key, which cannot be NULL; use CASCADE "
                        + "(delete the row with the referenced one) or RESTRICT")
                .inFile(follow).onLine(5);
    }

    @Test
    void referenceToACompositeKeyIsAnErrorOnTheField() {
        JavaFileObject tag = source("shop.ArticleTag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record ArticleTag(@Id long articleId, @Id long tagId) {}");
        JavaFileObject vote = source("shop.Vote",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Vote(@Id long id,",
                "                   @References(ArticleTag.class) long articleTag) {}");
        Compilation compilation = OrmCompiler.compile(tag, vote);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadReference] Field 'articleTag' of entity shop.Vote references shop.ArticleTag, whose key "
                        + "is composite (articleId, tagId); a foreign key references a single-column id, so reference one of "
                        + "the entities that key is made of")
                .inFile(vote).onLine(6);
    }

    @Test
    void joinEntityWithAKeyOfTwoReferencesCompiles() {
        JavaFileObject user = source("shop.User",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record User(@Id @GeneratedValue Long id) {}");
        JavaFileObject follow = source("shop.Follow",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Follow(@Id @References(value = User.class, onDelete = OnDelete.CASCADE) long followerId,",
                "                     @Id @References(value = User.class, onDelete = OnDelete.CASCADE) long followeeId) {}");
        assertThat(OrmCompiler.compile(user, follow)).succeededWithoutWarnings();
    }

    @Test
    void indexOnAnUnknownFieldIsAnErrorOnTheIndex() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "@Index({\"name\", \"colour\"})",
                "public record Tag(@Id long id, String name) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadIndex] @Index of entity shop.Tag names 'colour', which is"
                        + " not a persistent field; use field names such as id, name.")
                .inFile(tag).onLine(5);
    }

    @Test
    void nullablePrimitiveIsAnError() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  @Nullable int rank) {}");
        Compilation compilation = OrmCompiler.compile(Fixtures.NULLABLE, tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'rank' of entity shop.Tag is @Nullable but has primitive type int, "
                        + "which cannot hold null; use its box type")
                .inFile(tag).onLine(6);
    }

    @Test
    void projectionThatIsNotARecordIsAnError() {
        JavaFileObject summary = source("shop.Summary",
                "package shop;",
                IMPORTS,
                "",
                "@Projection",
                "public class Summary {}");
        Compilation compilation = OrmCompiler.compile(summary);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadProjection] @Projection shop.Summary is not a record; declare it as a record "
                        + "whose components name the result columns")
                .inFile(summary).onLine(5);
    }

    @Test
    void projectionComponentOfUnsupportedTypeIsAnError() {
        JavaFileObject summary = source("shop.Summary",
                "package shop;",
                IMPORTS,
                "",
                "@Projection",
                "public record Summary(String name,",
                "                      Object extra) {}");
        Compilation compilation = OrmCompiler.compile(summary);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadProjection] Component 'extra' of @Projection shop.Summary has type java.lang.Object, "
                        + "which no column can be read as")
                .inFile(summary).onLine(6);
    }

    @Test
    void lengthOnANonStringColumnIsAnError() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  @Column(length = 10) int rank) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'rank' of entity shop.Tag has @Column(length) but type int; "
                        + "length applies to String and enum columns only")
                .inFile(tag).onLine(6);
    }

    @Test
    void textOnANonStringColumnIsAnError() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  @Column(text = true) int rank) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'rank' of entity shop.Tag has @Column(text = true) "
                        + "but type int; text applies to String columns only, so remove it")
                .inFile(tag).onLine(6);
    }

    @Test
    void aTimestampOfAWrongTypeIsAnError() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Post(@Id long id,",
                "                   @CreatedAt String createdAt,",
                "                   @UpdatedAt java.time.LocalDateTime updatedAt) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'createdAt' of entity shop.Post is @CreatedAt but has "
                        + "type java.lang.String; the session sets it to the current time; declare it as java.time.Instant (or "
                        + "java.time.OffsetDateTime, stored in UTC)")
                .inFile(post).onLine(6);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'updatedAt' of entity shop.Post is @UpdatedAt but has "
                        + "type java.time.LocalDateTime; the session sets it to the current time")
                .inFile(post).onLine(7);
    }

    @Test
    void aTimestampThatIsBothTwiceOrTransientIsAnError() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "import java.time.Instant;",
                "",
                "@Entity",
                "public record Post(@Id long id,",
                "                   @CreatedAt @UpdatedAt Instant stamp,",
                "                   @CreatedAt Instant created,",
                "                   @CreatedAt Instant alsoCreated,",
                "                   @UpdatedAt @Transient Instant cached) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'stamp' of entity shop.Post is both @CreatedAt and "
                        + "@UpdatedAt; keep one: an insert sets both to the same time, so use two fields if you need both")
                .inFile(post).onLine(7);
        assertThat(compilation).hadErrorContaining("[Aerie/BadEntity] Field 'created' of entity shop.Post is @CreatedAt, and so is "
                        + "field 'stamp'; an entity has at most one @CreatedAt field, so remove it from one")
                .inFile(post).onLine(8);
        assertThat(compilation).hadErrorContaining("Field 'alsoCreated' of entity shop.Post is @CreatedAt, and so is field 'stamp'")
                .inFile(post).onLine(9);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'cached' of entity shop.Post is @UpdatedAt and "
                        + "@Transient; a transient field is not stored; remove @Transient")
                .inFile(post).onLine(10);
    }

    @Test
    void textWithALengthIsAnError() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Post(@Id long id,",
                "                   @Column(text = true, length = 20000) String body) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'body' of entity shop.Post has both @Column(text = true) "
                        + "and @Column(length = 20000); a text column has no length; keep length for a VARCHAR of at most 16383 "
                        + "characters, or text = true for longer text, not both")
                .inFile(post).onLine(6);
    }

    @Test
    void aUniqueTextColumnIsAnError() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Post(@Id long id,",
                "                   @Column(text = true, unique = true) String body) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'body' of entity shop.Post has @Column(text = true, "
                        + "unique = true); a long-text column cannot be indexed whole (PostgreSQL refuses index entries over "
                        + "2704 bytes, MariaDB indexes a prefix only); give it a length instead (@Column(length = ..., unique = true)), "
                        + "or drop unique")
                .inFile(post).onLine(6);
    }

    @Test
    void aTextIdOrReferenceIsAnError() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Post(@Id @Column(text = true) String slug,",
                "                   @References(Post.class) @Column(text = true) @org.jspecify.annotations.Nullable String parent) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'slug' of entity shop.Post is the @Id and has "
                        + "@Column(text = true); a long-text column cannot be indexed whole")
                .inFile(post).onLine(5);
        assertThat(compilation).hadErrorContaining("remove text = true and give the key a length (@Column(length = ...))")
                .inFile(post).onLine(5);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'parent' of entity shop.Post has @References and "
                        + "@Column(text = true); a foreign key has the type of the id it references; remove text = true")
                .inFile(post).onLine(6);
    }

    @Test
    void anIndexOverATextColumnIsAnErrorOnTheIndex() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "@Index({\"author\", \"body\"})",
                "public record Post(@Id long id, String author,",
                "                   @Column(text = true) String body) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadIndex] @Index of entity shop.Post names 'body', a @Column(text = true) "
                        + "column, which cannot be indexed whole (PostgreSQL refuses index entries over 2704 bytes, MariaDB indexes "
                        + "a prefix only); give the field a length (@Column(length = ...)) if it must be indexed, or leave it out "
                        + "of the index")
                .inFile(post).onLine(5);
    }

    @Test
    void aLengthMariaDbRefusesIsAnErrorNamingText() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Post(@Id long id,",
                "                   @Column(length = 100000) String body) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'body' of entity shop.Post has @Column(length = 100000), "
                        + "longer than the 16383 characters MariaDB allows a VARCHAR in utf8mb4; use @Column(text = true) for long "
                        + "text (TEXT, LONGTEXT), or a length of at most 16383")
                .inFile(post).onLine(6);
    }

    @Test
    void varcharsTooWideForAMariaDbRowAreAnError() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Post(@Id long id,",
                "                   @Column(length = 10000) String summary,",
                "                   @Column(length = 12000) String body) {}");
        Compilation compilation = OrmCompiler.compile(post);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Entity shop.Post has VARCHAR columns taking up to 88004 bytes "
                        + "a row on MariaDB (4 per character in utf8mb4), which refuses more than 65535; make the long ones "
                        + "@Column(text = true) (stored apart from the row), starting with 'body', or shorten them")
                .inFile(post).onLine(7);
    }

    @Test
    void aNonUniqueIndexOverMariaDbsKeyLimitIsAnError() {
        JavaFileObject post = source("shop.Post",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "@Index({\"title\", \"subtitle\"})",
                "public record Post(@Id long id, @Column(length = 500) String title,",
                "                   @Column(length = 300) String subtitle) {}");
        JavaFileObject uniqueIsFine = source("shop.Wide",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "@Index(value = {\"title\", \"author\"}, unique = true)",
                "public record Wide(@Id long id, @Column(length = 500) String title, @Column(length = 500) String author) {}");
        Compilation compilation = OrmCompiler.compile(post, uniqueIsFine);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadIndex] An @Index of entity shop.Post on title, subtitle takes up to "
                        + "3200 bytes on MariaDB (4 per character in utf8mb4), which refuses a non-unique index over 3072 bytes; "
                        + "shorten the columns' @Column(length), index fewer columns, or make it unique = true (MariaDB indexes a "
                        + "unique key by a hash)")
                .inFile(post).onLine(5);
    }

    @Test
    void scaleLargerThanPrecisionIsAnError() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Tag(@Id long id,",
                "                  @Column(precision = 4, scale = 6) java.math.BigDecimal price) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadColumn] Field 'price' of entity shop.Tag has @Column(precision = 4, scale = 6); "
                        + "precision is positive and scale between 0 and the precision")
                .inFile(tag).onLine(6);
    }

    @Test
    void privateNestedEntityIsAnError() {
        JavaFileObject shop = source("shop.Shop",
                "package shop;",
                IMPORTS,
                "",
                "public class Shop {",
                "    @Entity",
                "    private record Tag(@Id long id) {}",
                "}");
        Compilation compilation = OrmCompiler.compile(shop);
        assertThat(compilation).hadErrorContaining("[Aerie/BadEntity] Entity shop.Shop.Tag is private (or inside a private class); "
                        + "generated code in its package must be able to use it")
                .inFile(shop).onLine(6);
    }

    @Test
    void genericEntityIsAnError() {
        JavaFileObject box = source("shop.Box",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Box<T>(@Id long id, String label) {}");
        Compilation compilation = OrmCompiler.compile(box);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadEntity] Entity shop.Box declares type parameters; an entity maps to one table, "
                        + "so remove them")
                .inFile(box).onLine(5);
    }

    @Test
    void generatedIndexNameLongerThanDatabasesAllowIsAnError() {
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "",
                "@Entity(table = \"catalogue_of_labels\")",
                "@Index({\"primaryDisplayName\", \"secondaryDisplayName\"})",
                "public record Tag(@Id long id, String primaryDisplayName, String secondaryDisplayName) {}");
        Compilation compilation = OrmCompiler.compile(tag);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/BadIndex] An @Index of entity shop.Tag is named "
                        + "'catalogue_of_labels_primary_display_name_secondary_display_name_idx' (67 characters); "
                        + "databases allow 63, so give it a shorter @Index(name = \"...\")")
                .inFile(tag).onLine(5);
    }
}
