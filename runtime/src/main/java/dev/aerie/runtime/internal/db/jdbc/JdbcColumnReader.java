package dev.aerie.runtime.internal.db.jdbc;

import dev.aerie.runtime.internal.db.ColumnReader;
import dev.aerie.runtime.internal.db.Columns;
import dev.aerie.runtime.internal.db.Dialect;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * {@link ColumnReader} over the current row of a JDBC result: index {@code i} reads result column
 * {@code positions[i]}. A failing read throws {@link ReadFailure}, which the mapper unwraps.
 */
final class JdbcColumnReader implements ColumnReader {
    private final ResultSet rs;
    private final int[] positions;
    private final Dialect dialect;

    JdbcColumnReader(ResultSet rs, int[] positions, Dialect dialect) {
        this.rs = rs;
        this.positions = positions;
        this.dialect = dialect;
    }

    @Override
    public String getString(int index) {
        try {
            return rs.getString(positions[index]);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public Integer getInt(int index) {
        try {
            int value = rs.getInt(positions[index]);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public Long getLong(int index) {
        try {
            long value = rs.getLong(positions[index]);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public Short getShort(int index) {
        try {
            short value = rs.getShort(positions[index]);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public Boolean getBoolean(int index) {
        try {
            boolean value = rs.getBoolean(positions[index]);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public Double getDouble(int index) {
        try {
            double value = rs.getDouble(positions[index]);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public Float getFloat(int index) {
        try {
            float value = rs.getFloat(positions[index]);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public BigDecimal getBigDecimal(int index) {
        try {
            return rs.getBigDecimal(positions[index]);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public UUID getUuid(int index) {
        try {
            return Columns.toUuid(rs.getObject(positions[index]));
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public LocalDate getLocalDate(int index) {
        try {
            return rs.getObject(positions[index], LocalDate.class);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public LocalDateTime getLocalDateTime(int index) {
        try {
            return rs.getObject(positions[index], LocalDateTime.class);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int index) {
        try {
            if (dialect == Dialect.MARIADB) {
                LocalDateTime utc = rs.getObject(positions[index], LocalDateTime.class);
                return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
            }
            return rs.getObject(positions[index], OffsetDateTime.class);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public byte[] getBytes(int index) {
        try {
            return rs.getBytes(positions[index]);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    /** A JDBC read error carried through generated code, which cannot throw SQLException. */
    static final class ReadFailure extends RuntimeException {
        ReadFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
