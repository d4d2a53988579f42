package dev.aerie.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates and fills the table of the DB benchmark: {@code bench_items}, 10,000 rows, ids 1..10000.
 * {@code java dev.aerie.bench.db.BenchTable JDBC_URL [USER] [PASSWORD]}. Drops the table first, so
 * every run starts from the same data.
 */
public final class BenchTable {
    static final int ROWS = 10_000;

    private BenchTable() {}

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String user = args.length > 1 ? args[1] : null;
        String password = args.length > 2 ? args[2] : null;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_items");
                s.execute("CREATE TABLE bench_items (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                        + " quantity INTEGER NOT NULL, available BOOLEAN NOT NULL)");
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO bench_items (id, name, quantity, available) VALUES (?, ?, ?, ?)")) {
                for (long id = 1; id <= ROWS; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "item-" + id);
                    insert.setInt(3, (int) (id % 100));
                    insert.setBoolean(4, id % 2 == 0);
                    insert.addBatch();
                    if (id % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE bench_items");
            }
            c.commit();
        }
        System.out.println("bench_items: " + ROWS + " rows in " + url);
    }
}
