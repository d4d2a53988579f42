package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How raw SQL's list parameters are expanded before a backend parses the SQL. */
class ListParametersTest {

    @Test
    void withoutAListTheSqlAndParametersStayAsTheyAre() {
        Map<String, Object> params = Map.of("a", 1);
        ListParameters.Expanded expanded = ListParameters.expand("SELECT :a", params);
        assertEquals("SELECT :a", expanded.sql());
        assertSame(params, expanded.params());
    }

    @Test
    void eachElementBecomesAParameterOfItsOwn() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ids", List.of(3, 1, 2));
        params.put("n", "x");
        ListParameters.Expanded expanded = ListParameters.expand(
                "SELECT * FROM t WHERE id IN (:ids) AND n = :n OR id IN (:ids)", params);
        assertEquals("SELECT * FROM t WHERE id IN (:ids__1, :ids__2, :ids__3) AND n = :n OR id IN (:ids__1, :ids__2, :ids__3)",
                expanded.sql());
        assertEquals(Map.of("n", "x", "ids__1", 3, "ids__2", 1, "ids__3", 2), expanded.params());
    }

    @Test
    void literalsCommentsCastsAndQuotedNamesAreLeftAlone() {
        ListParameters.Expanded expanded = ListParameters.expand(
                "SELECT ':ids', \":ids\", x::text -- :ids\n FROM t /* :ids */ WHERE id IN (:ids)", Map.of("ids", Set.of(7)));
        assertEquals("SELECT ':ids', \":ids\", x::text -- :ids\n FROM t /* :ids */ WHERE id IN (:ids__1)", expanded.sql());
    }

    @Test
    void anEmptyListIsNull() {
        assertEquals("SELECT 1 WHERE 1 IN (NULL)", ListParameters.expand("SELECT 1 WHERE 1 IN (:ids)", Map.of("ids", List.of())).sql());
    }

    @Test
    void executeManyRefusesLists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ListParameters.refuseIn("executeMany", Map.of("ids", List.of(1))));
        assertTrue(e.getMessage().contains("parameter :ids cannot be a list"), e.getMessage());
    }
}
