package dev.aerie.processor.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aerie.runtime.json.Json;
import dev.aerie.runtime.json.JsonBindException;
import dev.aerie.runtime.json.JsonCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated codecs, compiled and run. */
class GeneratedCodecTest {
    static final String BOOK = """
            package test;

            import java.math.BigDecimal;
            import java.time.LocalDate;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.Set;
            import java.util.UUID;

            public record Book(Long id, String title, Author author, int year, double rating, boolean inPrint,
                               @Nullable String isbn, Genre genre, List<String> tags, Set<Integer> editions,
                               Map<String, BigDecimal> prices, Optional<LocalDate> published, UUID ref,
                               List<Author> coAuthors, byte[] cover) {}
            """;
    static final String AUTHOR = """
            package test;

            public record Author(String name, long authorId) {
                public Author {
                    if (name != null && name.equals("nobody")) {
                        throw new IllegalArgumentException("name must not be nobody");
                    }
                }
            }
            """;
    static final String GENRE = "package test; public enum Genre { NOVEL, POETRY }";
    static final String NULLABLE = """
            package test;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.CLASS) @Target({ElementType.TYPE_USE, ElementType.PARAMETER,
                ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
            public @interface Nullable {}
            """;
    static final String PROBE = """
            package test;
            import java.util.List;
            @dev.aerie.processor.json.JsonProbe
            class Probe {
                Book book;
                List<Book> books;
                Shelf shelf;
                Tricky tricky;
            }
            """;
    static final String TRICKY = """
            package test;
            public record Tricky(String in, int seen, String field, String e, String instance, String out,
                                 String value, String INSTANCE, String instance_2) {}
            """;
    static final String SHELF = """
            package test;
            import java.util.List;
            public final class Shelf {
                private final String label;
                private final boolean full;
                private final List<Shelf> children;
                public Shelf(String label, boolean full, List<Shelf> children) {
                    this.label = label; this.full = full; this.children = children;
                }
                public String getLabel() { return label; }
                public boolean isFull() { return full; }
                public List<Shelf> children() { return children; }
            }
            """;

    static Compiled compiled;
    final Json json = Json.create();

    @BeforeAll
    static void compile() {
        compiled = Compiled.load("test.Book", BOOK, "test.Author", AUTHOR, "test.Genre", GENRE,
                "test.Nullable", NULLABLE, "test.Probe", PROBE, "test.Shelf", SHELF, "test.Tricky", TRICKY);
    }

    private JsonCodec<Object> codec(String field) {
        return compiled.staticField("test.Probe_Probe", field);
    }

    private String roundTrip(String field, String text) {
        JsonCodec<Object> codec = codec(field);
        Object value = json.read(text.getBytes(UTF_8), codec);
        return new String(json.write(codec, value), UTF_8);
    }

    private JsonBindException fails(String field, String text) {
        return assertThrows(JsonBindException.class, () -> json.read(text.getBytes(UTF_8), codec(field)));
    }

    static final String FULL_BOOK = "{\"id\":7,\"title\":\"Dune\",\"author\":{\"name\":\"Frank\",\"authorId\":3},"
            + "\"year\":1965,\"rating\":4.5,\"inPrint\":true,\"isbn\":null,\"genre\":\"NOVEL\",\"tags\":[\"sf\",\"classic\"],"
            + "\"editions\":[1,2],\"prices\":{\"EUR\":9.99},\"published\":\"1965-08-01\","
            + "\"ref\":\"123e4567-e89b-12d3-a456-426614174000\",\"coAuthors\":[],\"cover\":\"AQID\"}";

    @Test
    void roundTripsEveryKindOfProperty() {
        assertEquals(FULL_BOOK, roundTrip("book", FULL_BOOK));
    }

    @Test
    void writesNullsAndReadsAbsentReferencesAsNull() {
        assertEquals("{\"id\":null,\"title\":null,\"author\":null,\"year\":1,\"rating\":0.0,\"inPrint\":false,"
                + "\"isbn\":null,\"genre\":null,\"tags\":null,\"editions\":null,\"prices\":null,\"published\":null,"
                + "\"ref\":null,\"coAuthors\":null,\"cover\":null}",
                roundTrip("book", "{\"year\":1,\"rating\":0,\"inPrint\":false}"));
    }

    @Test
    void ignoresUnknownFieldsWhateverTheirShape() {
        String withExtras = FULL_BOOK.replace("{\"id\":7,", "{\"x\":{\"y\":[1,{\"z\":null}]},\"id\":7,\"more\":[],");
        assertEquals(FULL_BOOK, roundTrip("book", withExtras));
    }

    @Test
    void missingPrimitiveIsAnErrorAtTheField() {
        JsonBindException e = fails("book", "{\"rating\": 1,\n \"inPrint\": true}");
        assertEquals("required field \"year\" is missing", e.problem());
        assertEquals("$.year", e.path());
        assertEquals(2, e.line());
        e = fails("books", "[{\"year\":1,\"rating\":1,\"inPrint\":true,\"author\":{\"name\":\"x\"}}]");
        assertEquals("$[0].author.authorId", e.path());
    }

    @Test
    void wrongTypesCarryTheirPath() {
        JsonBindException e = fails("books", "[{\"year\":1,\"rating\":1,\"inPrint\":true},"
                + "{\"year\":1,\"rating\":1,\"inPrint\":true,\"author\":{\"name\":5}}]");
        assertEquals("$[1].author.name", e.path());
        assertEquals("expected a string but got an integer", e.problem());
        e = fails("book", "{\"year\":\"1965\"}");
        assertEquals("$.year", e.path());
        assertEquals("expected an integer (int) but got a string", e.problem());
        e = fails("book", "{\"year\":null}");
        assertEquals("expected an integer (int) but got null", e.problem());
        e = fails("book", "[]");
        assertEquals("expected an object (Book) but got an array", e.problem());
        e = fails("book", "{\"genre\":\"novel\"}");
        assertEquals("$.genre", e.path());
        e = fails("book", "{\"tags\":[\"a\",3]}");
        assertEquals("$.tags[1]", e.path());
    }

    @Test
    void duplicateFieldsAreRefused() {
        JsonBindException e = fails("book", "{\"year\":1,\"title\":\"a\",\"title\":\"b\"}");
        assertEquals("duplicate field \"title\"", e.problem());
        assertEquals("$.title", e.path());
    }

    @Test
    void constructorRefusalIsTheClientsError() {
        JsonBindException e = fails("book", "{\"year\":1,\"rating\":1,\"inPrint\":true,"
                + "\"author\":{\"name\":\"nobody\",\"authorId\":1}}");
        assertEquals("invalid Author: name must not be nobody", e.problem());
        assertEquals("$.author", e.path());
    }

    @Test
    void classesWithGettersRoundTripRecursively() {
        String shelf = "{\"label\":\"top\",\"full\":false,\"children\":[{\"label\":\"in\",\"full\":true,\"children\":[]}]}";
        assertEquals(shelf, roundTrip("shelf", shelf));
    }

    @Test
    void propertyNamesThatClashWithGeneratedNamesStillWork() {
        String tricky = "{\"in\":\"a\",\"seen\":2,\"field\":\"c\",\"e\":\"d\",\"instance\":\"f\",\"out\":\"g\","
                + "\"value\":\"h\",\"INSTANCE\":\"i\",\"instance_2\":\"j\"}";
        assertEquals(tricky, roundTrip("tricky", tricky));
    }

    @Test
    void mutatedInputIsEitherBoundOrAJsonBindExceptionNeverAnythingElse() {
        // a fixed seed: the same inputs every run; bad input must never escape as another exception (a 500)
        java.util.Random random = new java.util.Random(20261121);
        byte[] original = FULL_BOOK.getBytes(UTF_8);
        byte[] alphabet = "{}[]\":,\\0123456789.eE+-tfnu \t\n\u0000ab".getBytes(UTF_8);
        int bound = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] mutated = original.clone();
            for (int m = random.nextInt(3) + 1; m > 0; m--) {
                int at = random.nextInt(mutated.length);
                mutated[at] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            try {
                json.read(mutated, codec("book"));
                bound++;
            } catch (JsonBindException e) {
                refused++;
            }
        }
        assertEquals(20_000, bound + refused);
        assertEquals(true, bound > 100 && refused > 10_000, "bound " + bound + ", refused " + refused);
    }

    @Test
    void nestingDepthLimitHoldsThroughGeneratedCodecs() {
        String deep = "{\"label\":\"x\",\"full\":false,\"children\":[".repeat(40) + "]}".repeat(40);
        JsonBindException e = fails("shelf", deep);
        assertEquals("the JSON nests arrays and objects deeper than 64 levels", e.problem());
    }
}
