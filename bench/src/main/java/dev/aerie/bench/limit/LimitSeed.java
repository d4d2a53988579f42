package dev.aerie.bench.limit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The data of the limit benchmark, in the example's own tables (its migration created them):
 * 100 authors and 10,000 books, ids 1..10,000, every other one with an ISBN. The same every run.
 * <pre>
 * LimitSeed schema JDBC_URL SCHEMA     drops and creates the schema (the example migrates it next)
 * LimitSeed data JDBC_URL              fills the tables
 * </pre>
 */
public final class LimitSeed {
    static final int AUTHORS = 100;
    static final int BOOKS = 10_000;

    private LimitSeed() {}

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[1]); Statement s = c.createStatement()) {
            if (args[0].equals("schema")) {
                s.execute("DROP SCHEMA IF EXISTS " + args[2] + " CASCADE");
                s.execute("CREATE SCHEMA " + args[2]);
                return;
            }
            c.setAutoCommit(false);
            s.execute("TRUNCATE books, authors RESTART IDENTITY CASCADE");
            try (PreparedStatement authors = c.prepareStatement("INSERT INTO authors (id, name) VALUES (?, ?)")) {
                for (int i = 1; i <= AUTHORS; i++) {
                    authors.setLong(1, i);
                    authors.setString(2, "Author " + i);
                    authors.addBatch();
                }
                authors.executeBatch();
            }
            try (PreparedStatement books = c.prepareStatement(
                    "INSERT INTO books (id, title, author_id, year, isbn) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= BOOKS; i++) {
                    books.setLong(1, i);
                    books.setString(2, "The Book Number " + i + " of the \"Limit\" Series");
                    books.setLong(3, (i % AUTHORS) + 1);
                    books.setInt(4, 1900 + i % 125);
                    books.setString(5, i % 2 == 0 ? String.format("978-%010d", i) : null);
                    books.addBatch();
                }
                books.executeBatch();
            }
            c.commit();
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM books")) {
                rs.next();
                System.out.println("seeded " + rs.getLong(1) + " books");
            }
        }
    }
}
