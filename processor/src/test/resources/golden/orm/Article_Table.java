package blog;

import dev.aerie.runtime.internal.db.ColumnReader;
import dev.aerie.runtime.internal.db.ColumnType;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.EntityTable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Table {@code articles} of {@link Article}: its columns, statements and row mapping.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Article_Table implements EntityTable<Article> {
    /**
     * The only instance; it holds no state.
     */
    public static final Article_Table INSTANCE = new Article_Table();

    private static final List<EntityTable.ColumnInfo> COLUMNS = List.of(
        new EntityTable.ColumnInfo("id", ColumnType.LONG, false, true),
        new EntityTable.ColumnInfo("title", ColumnType.STRING, false, false, 255, 0),
        new EntityTable.ColumnInfo("author_id", ColumnType.LONG, true, false),
        new EntityTable.ColumnInfo("created_at", ColumnType.INSTANT, false, false),
        new EntityTable.ColumnInfo("updated_at", ColumnType.OFFSET_DATE_TIME, false, false));

    private static final String H2_INSERT = "INSERT INTO \"articles\" (\"title\", \"author_id\", \"created_at\", \"updated_at\") VALUES (?, ?, ?, ?)";

    private static final String H2_UPDATE = "UPDATE \"articles\" SET \"title\" = ?, \"author_id\" = ?, \"created_at\" = ?, \"updated_at\" = ? WHERE \"id\" = ?";

    private static final String H2_DELETE_BY_ID = "DELETE FROM \"articles\" WHERE \"id\" = ?";

    private static final String H2_SELECT_BY_ID = "SELECT \"id\", \"title\", \"author_id\", \"created_at\", \"updated_at\" FROM \"articles\" WHERE \"id\" = ?";

    private static final String H2_SELECT_ALL = "SELECT \"id\", \"title\", \"author_id\", \"created_at\", \"updated_at\" FROM \"articles\" ORDER BY \"id\"";

    private static final String POSTGRESQL_INSERT = "INSERT INTO \"articles\" (\"title\", \"author_id\", \"created_at\", \"updated_at\") VALUES (?, ?, ?, ?)";

    private static final String POSTGRESQL_UPDATE = "UPDATE \"articles\" SET \"title\" = ?, \"author_id\" = ?, \"created_at\" = ?, \"updated_at\" = ? WHERE \"id\" = ?";

    private static final String POSTGRESQL_DELETE_BY_ID = "DELETE FROM \"articles\" WHERE \"id\" = ?";

    private static final String POSTGRESQL_SELECT_BY_ID = "SELECT \"id\", \"title\", \"author_id\", \"created_at\", \"updated_at\" FROM \"articles\" WHERE \"id\" = ?";

    private static final String POSTGRESQL_SELECT_ALL = "SELECT \"id\", \"title\", \"author_id\", \"created_at\", \"updated_at\" FROM \"articles\" ORDER BY \"id\"";

    private static final String MARIADB_INSERT = "INSERT INTO `articles` (`title`, `author_id`, `created_at`, `updated_at`) VALUES (?, ?, ?, ?)";

    private static final String MARIADB_UPDATE = "UPDATE `articles` SET `title` = ?, `author_id` = ?, `created_at` = ?, `updated_at` = ? WHERE `id` = ?";

    private static final String MARIADB_DELETE_BY_ID = "DELETE FROM `articles` WHERE `id` = ?";

    private static final String MARIADB_SELECT_BY_ID = "SELECT `id`, `title`, `author_id`, `created_at`, `updated_at` FROM `articles` WHERE `id` = ?";

    private static final String MARIADB_SELECT_ALL = "SELECT `id`, `title`, `author_id`, `created_at`, `updated_at` FROM `articles` ORDER BY `id`";

    private static final String NUMBERED_INSERT = "INSERT INTO \"articles\" (\"title\", \"author_id\", \"created_at\", \"updated_at\") VALUES ($1, $2, $3, $4)";

    private static final String NUMBERED_UPDATE = "UPDATE \"articles\" SET \"title\" = $1, \"author_id\" = $2, \"created_at\" = $3, \"updated_at\" = $4 WHERE \"id\" = $5";

    private static final String NUMBERED_DELETE_BY_ID = "DELETE FROM \"articles\" WHERE \"id\" = $1";

    private static final String NUMBERED_SELECT_BY_ID = "SELECT \"id\", \"title\", \"author_id\", \"created_at\", \"updated_at\" FROM \"articles\" WHERE \"id\" = $1";

    private static final String NUMBERED_SELECT_ALL = "SELECT \"id\", \"title\", \"author_id\", \"created_at\", \"updated_at\" FROM \"articles\" ORDER BY \"id\"";

    private Article_Table() {
    }

    @Override
    public Class<Article> type() {
        return Article.class;
    }

    @Override
    public String table() {
        return "articles";
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
    public Object id(Article entity) {
        return entity.id();
    }

    @Override
    public Article withId(Article entity, Object id) {
        return new Article(((Number) id).longValue(), entity.title(), entity.authorId(), entity.createdAt(), entity.updatedAt());
    }

    /**
     * Enums as their name; everything else as the field holds it.
     */
    @Override
    public Object[] values(Article entity) {
        return new Object[] {
                entity.id(),
                entity.title(),
                entity.authorId(),
                entity.createdAt(),
                entity.updatedAt()};
    }

    @Override
    public Article read(ColumnReader row) {
        return new Article(
                row.getLong(0),
                row.getString(1),
                row.getLong(2),
                row.getInstant(3),
                row.getOffsetDateTime(4));
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

    @Override
    public Article stamped(Article entity, Instant now, boolean insert) {
        return new Article(
                entity.id(),
                entity.title(),
                entity.authorId(),
                insert && entity.createdAt() == null ? now : entity.createdAt(),
                insert && entity.updatedAt() != null ? entity.updatedAt() : now.atOffset(ZoneOffset.UTC));
    }
}
