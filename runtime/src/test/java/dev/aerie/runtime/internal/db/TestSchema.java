package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.db.TestEntities.Genre;
import dev.aerie.runtime.internal.db.TestEntities.Sample;
import dev.aerie.runtime.internal.db.TestEntities.TitleYear;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-written entity tables, mappings and DDL in the shape the ORM processor generates, until
 * the generated ones can be used here. SQL is written with double quotes and turned into
 * backticks for MariaDB, as the generated constants per dialect would read.
 */
final class TestSchema {
    private TestSchema() {}

    static String sql(String ansi, Dialect dialect) {
        return dialect == Dialect.MARIADB ? ansi.replace('"', '`') : ansi;
    }

    /** Column constants, as generated in {@code Author_}. */
    static final class Author_ {
        static final ColumnRef<Author, Long> id = ColumnRef.of(Author.class, "id");
        static final ColumnRef<Author, String> name = ColumnRef.of(Author.class, "name");
    }

    /** Column constants, as generated in {@code Book_}. */
    static final class Book_ {
        static final ColumnRef<Book, Long> id = ColumnRef.of(Book.class, "id");
        static final ColumnRef<Book, String> title = ColumnRef.of(Book.class, "title");
        static final ColumnRef<Book, Long> authorId = ColumnRef.of(Book.class, "author_id");
        static final ColumnRef<Book, Integer> year = ColumnRef.of(Book.class, "year");
        static final ColumnRef<Book, String> isbn = ColumnRef.of(Book.class, "isbn");
        static final ColumnRef<Book, Genre> genre = ColumnRef.of(Book.class, "genre");
    }

    static final class Author_Table implements EntityTable<Author> {
        private static final List<ColumnInfo> COLUMNS = List.of(
                new ColumnInfo("id", ColumnType.LONG, false, true),
                new ColumnInfo("name", ColumnType.STRING, false, false));

        @Override public Class<Author> type() { return Author.class; }
        @Override public String table() { return "rt_authors"; }
        @Override public List<ColumnInfo> columns() { return COLUMNS; }
        @Override public boolean generatedId() { return true; }
        @Override public Object id(Author entity) { return entity.id(); }
        @Override public Author withId(Author entity, Object id) { return new Author((Long) id, entity.name()); }
        @Override public Object[] values(Author entity) { return new Object[] {entity.id(), entity.name()}; }
        @Override public Author read(ColumnReader row) { return new Author(row.getLong(0), row.getString(1)); }

        @Override
        public String sql(Statement statement, Dialect dialect) {
            return TestSchema.sql(switch (statement) {
                case INSERT -> "INSERT INTO \"rt_authors\" (\"name\") VALUES (?)";
                case UPDATE -> "UPDATE \"rt_authors\" SET \"name\" = ? WHERE \"id\" = ?";
                case DELETE_BY_ID -> "DELETE FROM \"rt_authors\" WHERE \"id\" = ?";
                case SELECT_BY_ID -> "SELECT \"id\", \"name\" FROM \"rt_authors\" WHERE \"id\" = ?";
                case SELECT_ALL -> "SELECT \"id\", \"name\" FROM \"rt_authors\" ORDER BY \"id\"";
            }, dialect);
        }
    }

    static final class Book_Table implements EntityTable<Book> {
        private static final List<ColumnInfo> COLUMNS = List.of(
                new ColumnInfo("id", ColumnType.LONG, false, true),
                new ColumnInfo("title", ColumnType.STRING, false, false),
                new ColumnInfo("author_id", ColumnType.LONG, false, false),
                new ColumnInfo("year", ColumnType.INT, false, false),
                new ColumnInfo("isbn", ColumnType.STRING, true, false),
                new ColumnInfo("genre", ColumnType.ENUM, true, false));
        private static final String COLUMN_LIST = "\"id\", \"title\", \"author_id\", \"year\", \"isbn\", \"genre\"";

        @Override public Class<Book> type() { return Book.class; }
        @Override public String table() { return "rt_books"; }
        @Override public List<ColumnInfo> columns() { return COLUMNS; }
        @Override public boolean generatedId() { return true; }
        @Override public Object id(Book entity) { return entity.id(); }

        @Override
        public Book withId(Book e, Object id) {
            return new Book((Long) id, e.title(), e.authorId(), e.year(), e.isbn(), e.genre());
        }

        @Override
        public Object[] values(Book e) {
            return new Object[] {e.id(), e.title(), e.authorId(), e.year(), e.isbn(), e.genre() == null ? null : e.genre().name()};
        }

        @Override
        public Book read(ColumnReader row) {
            String genre = row.getString(5);
            return new Book(row.getLong(0), row.getString(1), row.getLong(2), row.getInt(3), row.getString(4),
                    genre == null ? null : Genre.valueOf(genre));
        }

        @Override
        public String sql(Statement statement, Dialect dialect) {
            return TestSchema.sql(switch (statement) {
                case INSERT -> "INSERT INTO \"rt_books\" (\"title\", \"author_id\", \"year\", \"isbn\", \"genre\") VALUES (?, ?, ?, ?, ?)";
                case UPDATE -> "UPDATE \"rt_books\" SET \"title\" = ?, \"author_id\" = ?, \"year\" = ?, \"isbn\" = ?, \"genre\" = ? WHERE \"id\" = ?";
                case DELETE_BY_ID -> "DELETE FROM \"rt_books\" WHERE \"id\" = ?";
                case SELECT_BY_ID -> "SELECT " + COLUMN_LIST + " FROM \"rt_books\" WHERE \"id\" = ?";
                case SELECT_ALL -> "SELECT " + COLUMN_LIST + " FROM \"rt_books\" ORDER BY \"id\"";
            }, dialect);
        }
    }

    static final class Sample_Table implements EntityTable<Sample> {
        private static final List<ColumnInfo> COLUMNS = List.of(
                new ColumnInfo("id", ColumnType.UUID, false, true),
                new ColumnInfo("text", ColumnType.STRING, false, false),
                new ColumnInfo("int_value", ColumnType.INT, false, false),
                new ColumnInfo("long_value", ColumnType.LONG, false, false),
                new ColumnInfo("short_value", ColumnType.SHORT, false, false),
                new ColumnInfo("flag", ColumnType.BOOLEAN, false, false),
                new ColumnInfo("double_value", ColumnType.DOUBLE, false, false),
                new ColumnInfo("float_value", ColumnType.FLOAT, false, false),
                new ColumnInfo("amount", ColumnType.BIG_DECIMAL, false, false),
                new ColumnInfo("genre", ColumnType.ENUM, false, false),
                new ColumnInfo("day", ColumnType.LOCAL_DATE, false, false),
                new ColumnInfo("local_time", ColumnType.LOCAL_DATE_TIME, false, false),
                new ColumnInfo("instant", ColumnType.INSTANT, false, false),
                new ColumnInfo("offset_time", ColumnType.OFFSET_DATE_TIME, false, false),
                new ColumnInfo("data", ColumnType.BYTES, false, false),
                new ColumnInfo("maybe", ColumnType.INT, true, false));
        private static final String COLUMN_LIST = "\"id\", \"text\", \"int_value\", \"long_value\", \"short_value\", \"flag\", "
                + "\"double_value\", \"float_value\", \"amount\", \"genre\", \"day\", \"local_time\", \"instant\", "
                + "\"offset_time\", \"data\", \"maybe\"";

        @Override public Class<Sample> type() { return Sample.class; }
        @Override public String table() { return "rt_samples"; }
        @Override public List<ColumnInfo> columns() { return COLUMNS; }
        @Override public boolean generatedId() { return false; }
        @Override public Object id(Sample entity) { return entity.id(); }

        @Override
        public Sample withId(Sample e, Object id) {
            return new Sample((UUID) id, e.text(), e.intValue(), e.longValue(), e.shortValue(), e.flag(), e.doubleValue(),
                    e.floatValue(), e.amount(), e.genre(), e.day(), e.localTime(), e.instant(), e.offsetTime(), e.data(), e.maybe());
        }

        @Override
        public Object[] values(Sample e) {
            return new Object[] {e.id(), e.text(), e.intValue(), e.longValue(), e.shortValue(), e.flag(), e.doubleValue(),
                    e.floatValue(), e.amount(), e.genre().name(), e.day(), e.localTime(), e.instant(), e.offsetTime(), e.data(),
                    e.maybe()};
        }

        @Override
        public Sample read(ColumnReader row) {
            return new Sample(row.getUuid(0), row.getString(1), row.getInt(2), row.getLong(3), row.getShort(4),
                    row.getBoolean(5), row.getDouble(6), row.getFloat(7), row.getBigDecimal(8), Genre.valueOf(row.getString(9)),
                    row.getLocalDate(10), row.getLocalDateTime(11), row.getInstant(12), row.getOffsetDateTime(13),
                    row.getBytes(14), row.getInt(15));
        }

        @Override
        public String sql(Statement statement, Dialect dialect) {
            return TestSchema.sql(switch (statement) {
                case INSERT -> "INSERT INTO \"rt_samples\" (" + COLUMN_LIST + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
                case UPDATE -> "UPDATE \"rt_samples\" SET \"text\" = ?, \"int_value\" = ?, \"long_value\" = ?, \"short_value\" = ?, "
                        + "\"flag\" = ?, \"double_value\" = ?, \"float_value\" = ?, \"amount\" = ?, \"genre\" = ?, \"day\" = ?, "
                        + "\"local_time\" = ?, \"instant\" = ?, \"offset_time\" = ?, \"data\" = ?, \"maybe\" = ? WHERE \"id\" = ?";
                case DELETE_BY_ID -> "DELETE FROM \"rt_samples\" WHERE \"id\" = ?";
                case SELECT_BY_ID -> "SELECT " + COLUMN_LIST + " FROM \"rt_samples\" WHERE \"id\" = ?";
                case SELECT_ALL -> "SELECT " + COLUMN_LIST + " FROM \"rt_samples\" ORDER BY \"id\"";
            }, dialect);
        }
    }

    /** As generated for a {@code @Projection} record: {@code TitleYear_Mapping}. */
    static final class TitleYear_Mapping implements RowMapping<TitleYear> {
        private static final List<String> COLUMNS = List.of("title", "year");

        @Override public Class<TitleYear> type() { return TitleYear.class; }
        @Override public List<String> columnNames() { return COLUMNS; }
        @Override public TitleYear read(ColumnReader row) { return new TitleYear(row.getString(0), row.getInt(1)); }
    }

    private static final String H2_PG_DDL = """
            -- as the processor writes META-INF/aerie/schema/{h2,postgresql}.sql
            CREATE TABLE "rt_authors" (
              "id" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
              "name" VARCHAR(100) NOT NULL
            );
            CREATE TABLE "rt_books" (
              "id" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
              "title" VARCHAR(200) NOT NULL,
              "author_id" BIGINT NOT NULL,
              "year" INTEGER NOT NULL,
              "isbn" VARCHAR(255),
              "genre" VARCHAR(255),
              CONSTRAINT "rt_books_isbn_key" UNIQUE ("isbn"),
              CONSTRAINT "rt_books_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "rt_authors" ("id")
            );
            CREATE INDEX "rt_books_year_idx" ON "rt_books" ("year");
            CREATE TABLE "rt_samples" (
              "id" UUID PRIMARY KEY,
              "text" VARCHAR(255) NOT NULL,
              "int_value" INTEGER NOT NULL,
              "long_value" BIGINT NOT NULL,
              "short_value" SMALLINT NOT NULL,
              "flag" BOOLEAN NOT NULL,
              "double_value" DOUBLE PRECISION NOT NULL,
              "float_value" REAL NOT NULL,
              "amount" NUMERIC(12, 2) NOT NULL,
              "genre" VARCHAR(255) NOT NULL,
              "day" DATE NOT NULL,
              "local_time" TIMESTAMP(6) NOT NULL,
              "instant" TIMESTAMP(6) WITH TIME ZONE NOT NULL,
              "offset_time" TIMESTAMP(6) WITH TIME ZONE NOT NULL,
              "data" %s NOT NULL,
              "maybe" INTEGER
            );
            """;

    private static final String MARIADB_DDL = """
            CREATE TABLE `rt_authors` (
              `id` BIGINT AUTO_INCREMENT PRIMARY KEY,
              `name` VARCHAR(100) NOT NULL
            );
            CREATE TABLE `rt_books` (
              `id` BIGINT AUTO_INCREMENT PRIMARY KEY,
              `title` VARCHAR(200) NOT NULL,
              `author_id` BIGINT NOT NULL,
              `year` INT NOT NULL,
              `isbn` VARCHAR(255),
              `genre` VARCHAR(255),
              CONSTRAINT `rt_books_isbn_key` UNIQUE (`isbn`),
              CONSTRAINT `rt_books_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `rt_authors` (`id`)
            );
            CREATE INDEX `rt_books_year_idx` ON `rt_books` (`year`);
            CREATE TABLE `rt_samples` (
              `id` UUID PRIMARY KEY,
              `text` VARCHAR(255) NOT NULL,
              `int_value` INT NOT NULL,
              `long_value` BIGINT NOT NULL,
              `short_value` SMALLINT NOT NULL,
              `flag` BOOLEAN NOT NULL,
              `double_value` DOUBLE NOT NULL,
              `float_value` FLOAT NOT NULL,
              `amount` DECIMAL(12, 2) NOT NULL,
              `genre` VARCHAR(255) NOT NULL,
              `day` DATE NOT NULL,
              `local_time` DATETIME(6) NOT NULL,
              `instant` DATETIME(6) NOT NULL,
              `offset_time` DATETIME(6) NOT NULL,
              `data` LONGBLOB NOT NULL,
              `maybe` INT
            );
            """;

    static final Schema SCHEMA = new Schema(
            List.of(new Author_Table(), new Book_Table(), new Sample_Table()),
            List.of(new TitleYear_Mapping()),
            dialect -> Optional.of(switch (dialect) {
                case H2 -> H2_PG_DDL.formatted("VARBINARY(1000000)");
                case POSTGRESQL -> H2_PG_DDL.formatted("BYTEA");
                case MARIADB -> MARIADB_DDL;
            }));
}
