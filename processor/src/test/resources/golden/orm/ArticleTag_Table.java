package blog;

import dev.aerie.runtime.internal.db.ColumnReader;
import dev.aerie.runtime.internal.db.ColumnType;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.EntityTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Table {@code article_tags} of {@link ArticleTag}: its columns, statements and row mapping.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class ArticleTag_Table implements EntityTable<ArticleTag> {
    /**
     * The only instance; it holds no state.
     */
    public static final ArticleTag_Table INSTANCE = new ArticleTag_Table();

    private static final List<EntityTable.ColumnInfo> COLUMNS = List.of(
        new EntityTable.ColumnInfo("article_id", ColumnType.LONG, false, true),
        new EntityTable.ColumnInfo("tag_id", ColumnType.LONG, false, true));

    private static final String H2_INSERT = "INSERT INTO \"article_tags\" (\"article_id\", \"tag_id\") VALUES (?, ?)";

    private static final String H2_UPDATE = "UPDATE \"article_tags\" SET \"article_id\" = \"article_id\" WHERE \"article_id\" = ? AND \"tag_id\" = ?";

    private static final String H2_DELETE_BY_ID = "DELETE FROM \"article_tags\" WHERE \"article_id\" = ? AND \"tag_id\" = ?";

    private static final String H2_SELECT_BY_ID = "SELECT \"article_id\", \"tag_id\" FROM \"article_tags\" WHERE \"article_id\" = ? AND \"tag_id\" = ?";

    private static final String H2_SELECT_ALL = "SELECT \"article_id\", \"tag_id\" FROM \"article_tags\" ORDER BY \"article_id\", \"tag_id\"";

    private static final String POSTGRESQL_INSERT = "INSERT INTO \"article_tags\" (\"article_id\", \"tag_id\") VALUES (?, ?)";

    private static final String POSTGRESQL_UPDATE = "UPDATE \"article_tags\" SET \"article_id\" = \"article_id\" WHERE \"article_id\" = ? AND \"tag_id\" = ?";

    private static final String POSTGRESQL_DELETE_BY_ID = "DELETE FROM \"article_tags\" WHERE \"article_id\" = ? AND \"tag_id\" = ?";

    private static final String POSTGRESQL_SELECT_BY_ID = "SELECT \"article_id\", \"tag_id\" FROM \"article_tags\" WHERE \"article_id\" = ? AND \"tag_id\" = ?";

    private static final String POSTGRESQL_SELECT_ALL = "SELECT \"article_id\", \"tag_id\" FROM \"article_tags\" ORDER BY \"article_id\", \"tag_id\"";

    private static final String MARIADB_INSERT = "INSERT INTO `article_tags` (`article_id`, `tag_id`) VALUES (?, ?)";

    private static final String MARIADB_UPDATE = "UPDATE `article_tags` SET `article_id` = `article_id` WHERE `article_id` = ? AND `tag_id` = ?";

    private static final String MARIADB_DELETE_BY_ID = "DELETE FROM `article_tags` WHERE `article_id` = ? AND `tag_id` = ?";

    private static final String MARIADB_SELECT_BY_ID = "SELECT `article_id`, `tag_id` FROM `article_tags` WHERE `article_id` = ? AND `tag_id` = ?";

    private static final String MARIADB_SELECT_ALL = "SELECT `article_id`, `tag_id` FROM `article_tags` ORDER BY `article_id`, `tag_id`";

    private static final String NUMBERED_INSERT = "INSERT INTO \"article_tags\" (\"article_id\", \"tag_id\") VALUES ($1, $2)";

    private static final String NUMBERED_UPDATE = "UPDATE \"article_tags\" SET \"article_id\" = \"article_id\" WHERE \"article_id\" = $1 AND \"tag_id\" = $2";

    private static final String NUMBERED_DELETE_BY_ID = "DELETE FROM \"article_tags\" WHERE \"article_id\" = $1 AND \"tag_id\" = $2";

    private static final String NUMBERED_SELECT_BY_ID = "SELECT \"article_id\", \"tag_id\" FROM \"article_tags\" WHERE \"article_id\" = $1 AND \"tag_id\" = $2";

    private static final String NUMBERED_SELECT_ALL = "SELECT \"article_id\", \"tag_id\" FROM \"article_tags\" ORDER BY \"article_id\", \"tag_id\"";

    private ArticleTag_Table() {
    }

    @Override
    public Class<ArticleTag> type() {
        return ArticleTag.class;
    }

    @Override
    public String table() {
        return "article_tags";
    }

    @Override
    public List<EntityTable.ColumnInfo> columns() {
        return COLUMNS;
    }

    @Override
    public boolean generatedId() {
        return false;
    }

    /**
     * The key's values in key order, as {@code find} and {@code deleteById} take them.
     */
    @Override
    public Object id(ArticleTag entity) {
        return List.of(entity.articleId(), entity.tagId());
    }

    @Override
    public ArticleTag withId(ArticleTag entity, Object id) {
        return entity;
    }

    /**
     * Enums as their name; everything else as the field holds it.
     */
    @Override
    public Object[] values(ArticleTag entity) {
        return new Object[] {
                entity.articleId(),
                entity.tagId()};
    }

    @Override
    public ArticleTag read(ColumnReader row) {
        return new ArticleTag(
                row.getLong(0),
                row.getLong(1));
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
