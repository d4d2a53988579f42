package dev.aerie.bench.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The wrk scripts LoadBench writes: the id range, the method and the empty body of a POST. */
class LuaScriptTest {
    @Test
    void aGetWithAnIdRunsThroughTheRange() {
        String script = LoadBench.luaScript("GET", "/api/articles/a-{id}?x=1", 200);
        assertTrue(script.contains("n = n % 200 + 1"), script);
        assertTrue(script.contains("wrk.format(\"GET\", \"/api/articles/a-\" .. n .. \"?x=1\", nil, nil)"), script);
    }

    @Test
    void aPostSendsAnEmptyBody() {
        String script = LoadBench.luaScript("POST", "/api/articles/a-{id}/favorite", 10000);
        assertTrue(script.contains("wrk.format(\"POST\", \"/api/articles/a-\" .. n .. \"/favorite\", nil, \"\")"), script);
    }

    @Test
    void aPostWithoutAnIdAlwaysSendsThePath() {
        String script = LoadBench.luaScript("POST", "/things", 5);
        assertTrue(script.contains("wrk.format(\"POST\", \"/things\" .. \"\", nil, \"\")"), script);
    }
}
