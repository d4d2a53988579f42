package {{package}};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import {{appPackage}}.AppModule;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code /{{path}}} over real HTTP: the application runs on a free port with an in-memory H2
 * database, and every test starts with empty tables.
 */
@AerieTest(AppModule.class)
class {{Plural}}ApiTest {
    private final AerieClient http;

    {{Plural}}ApiTest(AerieClient http) {
        this.http = http;
    }

    @Test
    void createsListsAndReadsOne() {
        HttpResponse<String> created = http.post("/{{path}}", "{\"name\":\"first\"}");
        assertEquals(201, created.statusCode(), created.body());
        // note is @Nullable: left out, it is null
        assertTrue(created.body().matches("\\{\"id\":\\d+,\"name\":\"first\",\"note\":null}"), created.body());
        String id = created.body().replaceAll("\\{\"id\":(\\d+),.*", "$1");

        assertEquals(created.body(), http.get("/{{path}}/" + id).body());
        assertEquals("[" + created.body() + "]", http.get("/{{path}}").body());

        HttpResponse<String> noted = http.post("/{{path}}", "{\"name\":\"second\",\"note\":\"fragile\"}");
        assertEquals(201, noted.statusCode(), noted.body());
        assertTrue(noted.body().endsWith(",\"name\":\"second\",\"note\":\"fragile\"}"), noted.body());
    }

    @Test
    void aBlankNameIs400ProblemJson() {
        HttpResponse<String> blank = http.post("/{{path}}", "{\"name\":\" \"}");
        assertEquals(400, blank.statusCode(), blank.body());
        assertEquals("application/problem+json", blank.headers().firstValue("Content-Type").orElse(""));
        assertTrue(blank.body().contains("name"), blank.body());
        assertEquals("[]", http.get("/{{path}}").body(), "nothing was written");
    }

    @Test
    void anAbsentOneIs404() {
        assertEquals(404, http.get("/{{path}}/999999").statusCode());
    }
}
