package dev.aerie.runtime.internal.db.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.EntityTable;
import dev.aerie.runtime.internal.db.schema.DdlAuthor_Table;
import dev.aerie.runtime.internal.db.schema.DdlEdition_Table;
import dev.aerie.runtime.internal.db.schema.DdlPublisher_Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** :name and ? markers become $n, outside literals, identifiers, comments and casts; once per distinct SQL. */
class PgSqlTest {

    @Test
    void namedParametersAreNumberedInOrderOfFirstUse() {
        PgSql.Named named = PgSql.translateNamed("SELECT * FROM t WHERE a = :a AND b = :b_2 OR c = :a");
        assertEquals("SELECT * FROM t WHERE a = $1 AND b = $2 OR c = $1", named.sql());
        assertEquals(List.of("a", "b_2"), named.names());
    }

    @Test
    void castsSlicesAndTimesAreNotParameters() {
        PgSql.Named named = PgSql.translateNamed("SELECT :v::int, x::text, arr[1:2], '10:30'::time, :w");
        assertEquals("SELECT $1::int, x::text, arr[1:2], '10:30'::time, $2", named.sql());
        assertEquals(List.of("v", "w"), named.names());
    }

    @Test
    void literalsIdentifiersAndCommentsAreLeftAlone() {
        String sql = "SELECT ':no', 'it''s :no', E'\\' :no', \"col:no\", $$ :no $$, $tag$ :no ? $tag$, :yes -- :no ?\n"
                + "/* :no /* nested :no */ :no */ FROM t WHERE x = :yes2";
        PgSql.Named named = PgSql.translateNamed(sql);
        assertEquals(List.of("yes", "yes2"), named.names());
        assertEquals(sql.replace(":yes2", "$2").replace(":yes", "$1"), named.sql());
        assertEquals(sql, PgSql.translatePositional(sql), "no ? outside literals and comments");
    }

    @Test
    void positionalMarkersAreNumbered() {
        assertEquals("INSERT INTO \"t\" (\"a\", \"b?\") VALUES ($1, $2) -- ?\n",
                PgSql.translatePositional("INSERT INTO \"t\" (\"a\", \"b?\") VALUES (?, ?) -- ?\n"));
        assertEquals("SELECT '?' WHERE a = $1 AND $2 = :b",
                PgSql.translatePositional("SELECT '?' WHERE a = ? AND ? = :b"));
    }

    @Test
    void dollarNumbersAreNotQuotes() {
        assertEquals("SELECT a$b, $1, $$ $1 :y $$, $1", PgSql.translateNamed("SELECT a$b, :x, $$ $1 :y $$, :x").sql());
    }

    @Test
    void eachDistinctStatementIsTranslatedOnce() {
        PgSql sql = new PgSql(PgSql.DEFAULT_CAPACITY);
        PgSql.Named first = sql.named("SELECT * FROM t WHERE id = :id");
        for (int i = 0; i < 100; i++) {
            assertSame(first, sql.named("SELECT * FROM t WHERE id = :id"));
            sql.positional("SELECT * FROM t WHERE id = ?");
        }
        assertEquals(2, sql.translations());
        sql.named("SELECT 1");
        assertEquals(3, sql.translations());
    }

    @Test
    void theCacheIsBounded() {
        PgSql sql = new PgSql(8);
        for (int i = 0; i < 100; i++) {
            sql.named("SELECT " + i + " WHERE x = :x");
            assertTrue(sql.cached() <= 8, "cached " + sql.cached());
        }
        assertEquals(100, sql.translations());
    }

    @Test
    void generatedTablesCarryStatementsNumberedAtCompileTime() {
        for (EntityTable<?> table : List.of(DdlAuthor_Table.INSTANCE, DdlPublisher_Table.INSTANCE, DdlEdition_Table.INSTANCE)) {
            for (EntityTable.Statement statement : EntityTable.Statement.values()) {
                String numbered = table.numberedSql(statement);
                assertEquals(PgSql.translatePositional(table.sql(statement, Dialect.POSTGRESQL)), numbered,
                        table.table() + " " + statement);
                assertTrue(!numbered.contains("?"), numbered);
            }
        }
    }
}
