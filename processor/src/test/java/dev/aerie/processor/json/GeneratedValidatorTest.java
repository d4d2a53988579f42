package dev.aerie.processor.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.runtime.json.Json;
import dev.aerie.runtime.json.JsonCodec;
import dev.aerie.runtime.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated validators, compiled and run on values read by the generated codecs. */
class GeneratedValidatorTest {
    static final String PARAMS = """
            package test;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.*;
            import java.util.List;
            @dev.aerie.processor.json.JsonProbe
            class Params {
                @Min(1) @Max(100) int page;
                @NotBlank @Size(min = 2, max = 5) @Pattern(regexp = "[a-z]+") String q;
                @Valid List<ChapterIn> chapters;
                @NegativeOrZero @Negative Integer delta;
                transient java.util.function.Supplier<String> notJsonAndNotConstrained;
            }
            """;

    static Compiled compiled;
    final Json json = Json.create();

    @BeforeAll
    static void compile() {
        compiled = Compiled.load("test.BookIn", GoldenJsonTest.BOOK_IN, "test.AuthorIn", GoldenJsonTest.AUTHOR_IN,
                "test.ChapterIn", GoldenJsonTest.CHAPTER_IN, "test.Nullable", GeneratedCodecTest.NULLABLE,
                "test.Probe", GoldenJsonTest.PROBE, "test.Params", PARAMS);
    }

    private List<String> violations(String probe, String field, Object value) {
        Violations out = new Violations();
        compiled.call(probe, field, value, out);
        return out.list().stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    private List<String> bookViolations(String text) {
        JsonCodec<Object> codec = compiled.staticField("test.Probe_Probe", "book");
        return violations("test.Probe_Probe", "book", json.read(text.getBytes(UTF_8), codec));
    }

    @Test
    void aValidBookHasNoViolations() {
        assertEquals(List.of(), bookViolations("""
                {"title": "Dune", "author": {"name": "Frank", "email": "frank@example.com", "handle": "FH"},
                 "year": 1965, "isbn": "978-0441013593", "tags": ["sf"], "chapters": [{"heading": "1", "pages": 0}],
                 "contact": null, "price": 5}"""));
    }

    @Test
    void everyViolationIsReportedWithItsPathAndDefaultMessage() {
        assertEquals(List.of(
                "title: must not be blank",
                "author: must not be null",
                "year: must be greater than or equal to 0",
                "isbn: must be an ISBN like [0-9-]{10,17}",
                "tags: must not be empty",
                "chapters[1].heading: must not be blank",
                "chapters[1].pages: must be greater than or equal to 0",
                "price: must be greater than 0"),
                bookViolations("""
                        {"title": " ", "year": -1, "isbn": "x", "tags": [],
                         "chapters": [{"heading": "ok", "pages": 1}, {"heading": "", "pages": -2}], "price": 0}"""));
    }

    @Test
    void nestedValidationUsesDottedPaths() {
        assertEquals(List.of(
                "title: size must be between 0 and 200",
                "author.name: must not be blank",
                "author.email: must be a well-formed email address",
                "author.handle: must match \"^[a-z]+$\"",
                "tags: size must be between 0 and 10"),
                bookViolations("{\"title\": \"" + "t".repeat(201) + "\", \"year\": 0,"
                        + "\"author\": {\"name\": \"\", \"email\": \"not-an-email\", \"handle\": \"a1\"},"
                        + "\"tags\": [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}"));
    }

    @Test
    void parameterConstraintsUseTheParameterName() {
        assertEquals(List.of("page: must be greater than or equal to 1"), violations("test.Params_Probe", "page", 0));
        assertEquals(List.of("page: must be less than or equal to 100"), violations("test.Params_Probe", "page", 101));
        assertEquals(List.of(), violations("test.Params_Probe", "page", 100));
        assertEquals(List.of("q: size must be between 2 and 5", "q: must match \"[a-z]+\""),
                violations("test.Params_Probe", "q", "ABCDEF"));
        assertEquals(List.of("q: must not be blank"), violations("test.Params_Probe", "q", null));
        assertEquals(List.of("delta: must be less than 0"), violations("test.Params_Probe", "delta", 0));
        assertEquals(List.of(), violations("test.Params_Probe", "delta", null));
    }

    @Test
    void aListBodyIsValidatedPerElement() {
        JsonCodec<Object> codec = compiled.staticField("test.Params_Probe", "chapters");
        Object chapters = json.read("[{\"heading\":\"a\",\"pages\":1},{\"heading\":\" \",\"pages\":1}]".getBytes(UTF_8),
                codec);
        assertEquals(List.of("[1].heading: must not be blank", "chapters[1].heading: must not be blank"),
                violations("test.Params_Probe", "chapters", chapters));
    }
}
