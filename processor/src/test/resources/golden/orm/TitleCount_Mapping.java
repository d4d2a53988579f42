package shop;

import dev.aerie.runtime.internal.db.ColumnReader;
import dev.aerie.runtime.internal.db.RowMapping;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Maps a result row to {@link TitleCount} by column label.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class TitleCount_Mapping implements RowMapping<TitleCount> {
    /**
     * The only instance; it holds no state.
     */
    public static final TitleCount_Mapping INSTANCE = new TitleCount_Mapping();

    private static final List<String> COLUMN_NAMES = List.of("author_name", "titles", "state");

    private TitleCount_Mapping() {
    }

    @Override
    public Class<TitleCount> type() {
        return TitleCount.class;
    }

    @Override
    public List<String> columnNames() {
        return COLUMN_NAMES;
    }

    @Override
    public TitleCount read(ColumnReader row) {
        String statusName = row.getString(2);
        return new TitleCount(
                row.getString(0),
                row.getLong(1),
                statusName == null ? null : Status.valueOf(statusName));
    }
}
