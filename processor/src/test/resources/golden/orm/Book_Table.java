package shop;

import dev.aerie.runtime.internal.db.ColumnReader;
import dev.aerie.runtime.internal.db.ColumnType;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.EntityTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Table {@code books} of {@link Book}: its columns, statements and row mapping.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Book_Table implements EntityTable<Book> {
    /**
     * The only instance; it holds no state.
     */
    public static final Book_Table INSTANCE = new Book_Table();

    private static final List<EntityTable.ColumnInfo> COLUMNS = List.of(
        new EntityTable.ColumnInfo("id", ColumnType.LONG, false, true),
        new EntityTable.ColumnInfo("title", ColumnType.STRING, false, false, 200, 0),
        new EntityTable.ColumnInfo("author", ColumnType.STRING, false, false, 255, 0),
        new EntityTable.ColumnInfo("year", ColumnType.INT, false, false),
        new EntityTable.ColumnInfo("isbn", ColumnType.STRING, true, false, 255, 0));

    private static final String H2_INSERT = "INSERT INTO \"books\" (\"title\", \"author\", \"year\", \"isbn\") VALUES (?, ?, ?, ?)";

    private static final String H2_UPDATE = "UPDATE \"books\" SET \"title\" = ?, \"author\" = ?, \"year\" = ?, \"isbn\" = ? WHERE \"id\" = ?";

    private static final String H2_DELETE_BY_ID = "DELETE FROM \"books\" WHERE \"id\" = ?";

    private static final String H2_SELECT_BY_ID = "SELECT \"id\", \"title\", \"author\", \"year\", \"isbn\" FROM \"books\" WHERE \"id\" = ?";

    private static final String H2_SELECT_ALL = "SELECT \"id\", \"title\", \"author\", \"year\", \"isbn\" FROM \"books\" ORDER BY \"id\"";

    private static final String POSTGRESQL_INSERT = "INSERT INTO \"books\" (\"title\", \"author\", \"year\", \"isbn\") VALUES (?, ?, ?, ?)";

    private static final String POSTGRESQL_UPDATE = "UPDATE \"books\" SET \"title\" = ?, \"author\" = ?, \"year\" = ?, \"isbn\" = ? WHERE \"id\" = ?";

    private static final String POSTGRESQL_DELETE_BY_ID = "DELETE FROM \"books\" WHERE \"id\" = ?";

    private static final String POSTGRESQL_SELECT_BY_ID = "SELECT \"id\", \"title\", \"author\", \"year\", \"isbn\" FROM \"books\" WHERE \"id\" = ?";

    private static final String POSTGRESQL_SELECT_ALL = "SELECT \"id\", \"title\", \"author\", \"year\", \"isbn\" FROM \"books\" ORDER BY \"id\"";

    private static final String MARIADB_INSERT = "INSERT INTO `books` (`title`, `author`, `year`, `isbn`) VALUES (?, ?, ?, ?)";

    private static final String MARIADB_UPDATE = "UPDATE `books` SET `title` = ?, `author` = ?, `year` = ?, `isbn` = ? WHERE `id` = ?";

    private static final String MARIADB_DELETE_BY_ID = "DELETE FROM `books` WHERE `id` = ?";

    private static final String MARIADB_SELECT_BY_ID = "SELECT `id`, `title`, `author`, `year`, `isbn` FROM `books` WHERE `id` = ?";

    private static final String MARIADB_SELECT_ALL = "SELECT `id`, `title`, `author`, `year`, `isbn` FROM `books` ORDER BY `id`";

    private static final String NUMBERED_INSERT = "INSERT INTO \"books\" (\"title\", \"author\", \"year\", \"isbn\") VALUES ($1, $2, $3, $4)";

    private static final String NUMBERED_UPDATE = "UPDATE \"books\" SET \"title\" = $1, \"author\" = $2, \"year\" = $3, \"isbn\" = $4 WHERE \"id\" = $5";

    private static final String NUMBERED_DELETE_BY_ID = "DELETE FROM \"books\" WHERE \"id\" = $1";

    private static final String NUMBERED_SELECT_BY_ID = "SELECT \"id\", \"title\", \"author\", \"year\", \"isbn\" FROM \"books\" WHERE \"id\" = $1";

    private static final String NUMBERED_SELECT_ALL = "SELECT \"id\", \"title\", \"author\", \"year\", \"isbn\" FROM \"books\" ORDER BY \"id\"";

    private Book_Table() {
    }

    @Override
    public Class<Book> type() {
        return Book.class;
    }

    @Override
    public String table() {
        return "books";
    }

    @Override
    public List<EntityTable.ColumnInfo> columns() {
        return COLUMNS;
    }

    @Override
    public boolean generatedId() {
        return true;
    }

    @Override
    public Object id(Book entity) {
        return entity.id();
    }

    @Override
    public Book withId(Book entity, Object id) {
        return new Book(((Number) id).longValue(), entity.title(), entity.author(), entity.year(), entity.isbn());
    }

    /**
     * Enums as their name; everything else as the field holds it.
     */
    @Override
    public Object[] values(Book entity) {
        return new Object[] {
                entity.id(),
                entity.title(),
                entity.author(),
                entity.year(),
                entity.isbn()};
    }

    @Override
    public Book read(ColumnReader row) {
        return new Book(
                row.getLong(0),
                row.getString(1),
                row.getString(2),
                row.getInt(3),
                row.getString(4));
    }

    @Override
    public String sql(EntityTable.Statement statement, Dialect dialect) {
        return switch (dialect) {
            case H2 -> switch (statement) {
                case INSERT -> H2_INSERT;
                case UPDATE -> H2_UPDATE;
                case DELETE_BY_ID -> H2_DELETE_BY_ID;
                case SELECT_BY_ID -> H2_SELECT_BY_ID;
                case SELECT_ALL -> H2_SELECT_ALL;
            };
            case POSTGRESQL -> switch (statement) {
                case INSERT -> POSTGRESQL_INSERT;
                case UPDATE -> POSTGRESQL_UPDATE;
                case DELETE_BY_ID -> POSTGRESQL_DELETE_BY_ID;
                case SELECT_BY_ID -> POSTGRESQL_SELECT_BY_ID;
                case SELECT_ALL -> POSTGRESQL_SELECT_ALL;
            };
            case MARIADB -> switch (statement) {
                case INSERT -> MARIADB_INSERT;
                case UPDATE -> MARIADB_UPDATE;
                case DELETE_BY_ID -> MARIADB_DELETE_BY_ID;
                case SELECT_BY_ID -> MARIADB_SELECT_BY_ID;
                case SELECT_ALL -> MARIADB_SELECT_ALL;
            };
        };
    }

    @Override
    public String numberedSql(EntityTable.Statement statement) {
        return switch (statement) {
            case INSERT -> NUMBERED_INSERT;
            case UPDATE -> NUMBERED_UPDATE;
            case DELETE_BY_ID -> NUMBERED_DELETE_BY_ID;
            case SELECT_BY_ID -> NUMBERED_SELECT_BY_ID;
            case SELECT_ALL -> NUMBERED_SELECT_ALL;
        };
    }
}
