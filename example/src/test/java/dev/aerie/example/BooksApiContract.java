package dev.aerie.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.test.AerieClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fixed HTTP contract of the example, over real HTTP against the started application. Run on
 * H2 by {@link BooksApiH2Test} and on PostgreSQL by {@link BooksApiPostgresTest}; every test
 * starts with empty tables.
 */
abstract class BooksApiContract {
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern IDS = Pattern.compile("\\{\"id\":(\\d+),");

    final AerieClient http;

    BooksApiContract(AerieClient http) {
        this.http = http;
    }

    // snippet:test-create-author
    @Test
    void createsAndReadsAnAuthor() {
        HttpResponse<String> created = http.post("/authors", "{\"name\":\"Ursula K. Le Guin\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = id(created);
        assertEquals("{\"id\":" + id + ",\"name\":\"Ursula K. Le Guin\"}", created.body());

        assertEquals(created.body(), http.get("/authors/" + id).body());
        assertEquals("[" + created.body() + "]", http.get("/authors").body());
    }
    // end::test-create-author

    @Test
    void anAbsentAuthorIs404ProblemJson() {
        HttpResponse<String> missing = http.get("/authors/999999");
        assertEquals(404, missing.statusCode());
        assertProblem(missing);
    }

    @Test
    void aBlankNameIs400NamingIt() {
        HttpResponse<String> blank = http.post("/authors", "{\"name\":\"  \"}");
        assertEquals(400, blank.statusCode(), blank.body());
        assertProblem(blank);
        assertTrue(blank.body().contains("name"), blank.body());
        assertEquals("[]", http.get("/authors").body(), "nothing was written");
    }

    @Test
    void bookCrud() {
        long author = author("Octavia E. Butler");
        HttpResponse<String> created = http.post("/books",
                "{\"title\":\"Kindred\",\"authorId\":" + author + ",\"year\":1979,\"isbn\":\"978-0807083697\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = id(created);
        assertEquals("{\"id\":" + id + ",\"title\":\"Kindred\",\"authorId\":" + author
                + ",\"year\":1979,\"isbn\":\"978-0807083697\"}", created.body());
        assertEquals(created.body(), http.get("/books/" + id).body());

        HttpResponse<String> replaced = http.put("/books/" + id,
                "{\"title\":\"Kindred (25th anniversary)\",\"authorId\":" + author + ",\"year\":2004}");
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("{\"id\":" + id + ",\"title\":\"Kindred (25th anniversary)\",\"authorId\":" + author
                + ",\"year\":2004,\"isbn\":null}", replaced.body(), "a full replace: the absent isbn is now null");
        assertEquals(replaced.body(), http.get("/books/" + id).body());

        assertEquals(204, http.delete("/books/" + id).statusCode());
        assertEquals(404, http.get("/books/" + id).statusCode());
        assertEquals(404, http.delete("/books/" + id).statusCode());
    }

    @Test
    void replacingAnAbsentBookIs404() {
        long author = author("Iain M. Banks");
        HttpResponse<String> absent = http.put("/books/999999", "{\"title\":\"Excession\",\"authorId\":" + author + ",\"year\":1996}");
        assertEquals(404, absent.statusCode(), absent.body());
        assertProblem(absent);
    }

    @Test
    void invalidBooksAre400WithProblemJson() {
        long author = author("N. K. Jemisin");
        List<String> invalid = List.of(
                "{\"title\":\"\",\"authorId\":" + author + ",\"year\":2015}",
                "{\"title\":\"" + "x".repeat(201) + "\",\"authorId\":" + author + ",\"year\":2015}",
                "{\"title\":\"The Fifth Season\",\"authorId\":" + author + ",\"year\":-1}",
                "{\"title\":\"The Fifth Season\",\"authorId\":" + author + ",\"year\":3001}");
        for (String body : invalid) {
            HttpResponse<String> response = http.post("/books", body);
            assertEquals(400, response.statusCode(), body + " -> " + response.body());
            assertProblem(response);
        }
        assertEquals(201, http.post("/books", "{\"title\":\"ok\",\"authorId\":" + author + ",\"year\":3000,\"isbn\":null}").statusCode(),
                "the bounds themselves are valid");
        assertEquals(201, http.post("/books", "{\"title\":\"ok\",\"authorId\":" + author + ",\"year\":0}").statusCode());
    }

    @Test
    void anUnknownAuthorIs400NamingAuthorId() {
        HttpResponse<String> response = http.post("/books", "{\"title\":\"Orphan\",\"authorId\":999999,\"year\":2000}");
        assertEquals(400, response.statusCode(), response.body());
        assertProblem(response);
        assertTrue(response.body().contains("authorId"), response.body());
        assertEquals("[]", http.get("/books").body());
    }

    @Test
    void aDuplicateIsbnIs409() {
        long author = author("Ted Chiang");
        String book = "{\"title\":\"Exhalation\",\"authorId\":" + author + ",\"year\":2019,\"isbn\":\"978-1101947883\"}";
        assertEquals(201, http.post("/books", book).statusCode());
        HttpResponse<String> duplicate = http.post("/books", book);
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertProblem(duplicate);
        assertEquals(1, ids(http.get("/books").body()).size(), "the duplicate was not written");
    }

    // snippet:test-filter
    @Test
    void filtersByAuthorAndYearInIdOrder() {
        long leGuin = author("Ursula K. Le Guin");
        long butler = author("Octavia E. Butler");
        long earthsea = book("A Wizard of Earthsea", leGuin, 1968);
        long dispossessed = book("The Dispossessed", leGuin, 1974);
        long kindred = book("Kindred", butler, 1979);
        long lathe = book("The Lathe of Heaven", leGuin, 1971);

        assertEquals(List.of(earthsea, dispossessed, lathe), ids(http.get("/books?authorId=" + leGuin).body()));
        assertEquals(List.of(dispossessed), ids(http.get("/books?authorId=" + leGuin + "&year=1974").body()));
        assertEquals(List.of(kindred), ids(http.get("/books?year=1979").body()));
        assertEquals(List.of(dispossessed, kindred), ids(http.get("/books?limit=2&offset=1").body()));
    }
    // end::test-filter

    @Test
    void limitDefaultsTo20AndIsCappedAt100() {
        long author = author("Terry Pratchett");
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            all.add(book("Discworld " + i, author, 1983 + i % 40));
        }
        assertEquals(all.subList(0, 20), ids(http.get("/books").body()));
        assertEquals(all.subList(0, 100), ids(http.get("/books?limit=1000").body()));
        assertEquals(all.subList(100, 105), ids(http.get("/books?offset=100").body()));
        HttpResponse<String> negative = http.get("/books?limit=-1");
        assertEquals(400, negative.statusCode(), negative.body());
        assertProblem(negative);
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        HttpResponse<String> health = http.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\"}", health.body());
        assertEquals("application/json", health.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aJsonNullBodyIs400NamingTheBodyAndWritesNothing() {
        long author = author("Iain M. Banks");
        long book = book("Excession", author, 1996);
        for (HttpResponse<String> response : List.of(http.post("/authors", "null"), http.post("/books", "null"),
                http.put("/books/" + book, "null"), http.post("/authors", " null "))) {
            assertEquals(400, response.statusCode(), response.body());
            assertProblem(response);
            assertTrue(response.body().contains("JSON literal null"), response.body());
        }
        assertEquals(1, ids(http.get("/authors").body()).size(), "no author was written");
        assertTrue(http.get("/books/" + book).body().contains("\"title\":\"Excession\""), "the book is unchanged");
    }

    @Test
    void aMatrixParameterInThePathIs400NotDropped() {
        long book = book("Matter", author("Iain M. Banks"), 2008);
        for (HttpResponse<String> response : List.of(http.get("/books/" + book + ";drop%20table%20books"),
                http.delete("/books/" + book + ";x=1"), http.get("/books;limit=1"))) {
            assertEquals(400, response.statusCode(), response.body());
            assertProblem(response);
            assertTrue(response.body().contains("matrix parameter"), response.body());
        }
        assertEquals(200, http.get("/books/" + book).statusCode(), "the book was not deleted");
    }

    @Test
    void aSingleValuedQueryParameterGivenTwiceIs400NamingIt() {
        long author = author("Octavia E. Butler");
        book("Kindred", author, 1979);
        HttpResponse<String> response = http.get("/books?authorId=" + author + "&authorId=" + (author + 1));
        assertEquals(400, response.statusCode(), response.body());
        assertProblem(response);
        assertTrue(response.body().contains("'authorId' is given 2 times"), response.body());
        assertEquals(400, http.get("/books?limit=1&limit=2").statusCode(), "a parameter with a default too");
    }

    long author(String name) {
        HttpResponse<String> created = http.post("/authors", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return id(created);
    }

    long book(String title, long author, int year) {
        HttpResponse<String> created = http.post("/books", "{\"title\":\"" + title + "\",\"authorId\":" + author + ",\"year\":" + year + "}");
        assertEquals(201, created.statusCode(), created.body());
        return id(created);
    }

    static long id(HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        assertTrue(id.find(), "no id in " + response.body());
        return Long.parseLong(id.group(1));
    }

    /** The ids of a JSON array of books, in order. */
    static List<Long> ids(String array) {
        assertTrue(array.startsWith("[") && array.endsWith("]"), array);
        return IDS.matcher(array).results().map(m -> Long.parseLong(m.group(1))).collect(Collectors.toList());
    }

    static void assertProblem(HttpResponse<String> response) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0],
                response.body());
        assertTrue(response.body().contains("\"status\":" + response.statusCode()), response.body());
    }
}
