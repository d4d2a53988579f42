package dev.aerie.runtime.internal.db.jdbc;

import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.ScalarColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps the first column of each row to a scalar type (String, numbers, UUID, dates, byte[]). */
final class ScalarRowMapper<T> implements RowMapper<T> {
    private final Class<T> type;
    private final Dialect dialect;

    private ScalarRowMapper(Class<T> type, Dialect dialect) {
        this.type = type;
        this.dialect = dialect;
    }

    /** The mapper for {@code type}, if it is a scalar type. */
    static <T> Optional<RowMapper<T>> of(Class<T> type, Dialect dialect) {
        return ScalarColumn.supported(type) ? Optional.of(new ScalarRowMapper<>(type, dialect)) : Optional.empty();
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        JdbcColumnReader row = new JdbcColumnReader(rs, new int[] {1}, dialect);
        try {
            return ScalarColumn.read(row, type);
        } catch (JdbcColumnReader.ReadFailure failure) {
            throw failure.getCause();
        }
    }
}
