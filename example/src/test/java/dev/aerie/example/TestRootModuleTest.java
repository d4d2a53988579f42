package dev.aerie.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.api.db.Database;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A test root module in src/test gets the tables of src/main's entities and of its own compilation. */
@AerieTest(StubbedHealthApp.class)
class TestRootModuleTest {

    @Test
    void theEntitiesOfSrcMainWork(AerieClient http) {
        HttpResponse<String> author = http.post("/authors", "{\"name\":\"Octavia E. Butler\"}");
        assertEquals(201, author.statusCode(), author.body());
        String authorId = author.body().replaceAll("\\{\"id\":(\\d+),.*", "$1");
        HttpResponse<String> book = http.post("/books",
                "{\"title\":\"Kindred\",\"authorId\":" + authorId + ",\"year\":1979}");
        assertEquals(201, book.statusCode(), book.body());
        assertEquals(1, http.get("/books").body().split("\"title\"").length - 1, http.get("/books").body());
        assertEquals("{\"status\":\"UP\"}", http.get("/health").body(), "the test double answers");
    }

    @Test
    void theTestCompilationsOwnEntitiesToo(Database database) throws Exception {
        TestOnlyNote saved = database.withSession(session -> session.insert(new TestOnlyNote(null, "from the test")));
        assertEquals("from the test", database.withSession(session -> session.find(TestOnlyNote.class, saved.id()))
                .orElseThrow().text());
    }
}
