package dev.aerie.bench.vertx;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Creates the benchmark table {@code vertx_world} with {@value #ROWS} rows unless it is already
 * there. {@code java dev.aerie.bench.vertx.WorldTable JDBC_URL [USER] [PASSWORD]}
 */
public final class WorldTable {
    static final int ROWS = 10_000;

    private WorldTable() {}

    /** {@code count} ids starting at {@code first}, wrapping from {@value #ROWS} back to 1. */
    static List<Long> ids(long first, int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(Math.floorMod(first - 1 + i, ROWS) + 1L);
        }
        return ids;
    }

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : null,
                args.length > 2 ? args[2] : null); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS vertx_world (id BIGINT PRIMARY KEY, random_number INTEGER NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM vertx_world")) {
                rs.next();
                if (rs.getLong(1) == ROWS) {
                    System.err.println("vertx_world has its " + ROWS + " rows");
                    return;
                }
            }
            s.execute("DELETE FROM vertx_world");
            SplittableRandom random = new SplittableRandom(42);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO vertx_world (id, random_number) VALUES (?, ?)")) {
                for (int id = 1; id <= ROWS; id++) {
                    insert.setLong(1, id);
                    insert.setInt(2, random.nextInt(1, 10_001));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("ANALYZE vertx_world");
            System.err.println("vertx_world filled with " + ROWS + " rows");
        }
    }
}
