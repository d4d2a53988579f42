package dev.aerie.processor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The generated codec and validator of a representative request record, as users see them. */
class GoldenJsonTest {
    static final String BOOK_IN = """
            package test;

            import jakarta.validation.Valid;
            import jakarta.validation.constraints.Email;
            import jakarta.validation.constraints.Max;
            import jakarta.validation.constraints.Min;
            import jakarta.validation.constraints.NotBlank;
            import jakarta.validation.constraints.NotEmpty;
            import jakarta.validation.constraints.NotNull;
            import jakarta.validation.constraints.Pattern;
            import jakarta.validation.constraints.Positive;
            import jakarta.validation.constraints.Size;
            import java.util.List;
            import java.util.Optional;

            public record BookIn(@NotBlank @Size(max = 200) String title,
                                 @NotNull @Valid AuthorIn author,
                                 @Min(0) @Max(3000) int year,
                                 @Nullable @Pattern(regexp = "[0-9-]{10,17}", message = "must be an ISBN like {regexp}") String isbn,
                                 @NotEmpty @Size(max = 10) List<String> tags,
                                 @Valid List<ChapterIn> chapters,
                                 Optional<String> contact,
                                 @Positive Long price) {}
            """;
    static final String AUTHOR_IN = """
            package test;

            import jakarta.validation.constraints.Email;
            import jakarta.validation.constraints.NotBlank;
            import jakarta.validation.constraints.Pattern;

            public record AuthorIn(@NotBlank String name,
                                   @Email String email,
                                   @Pattern(regexp = "^[a-z]+$", flags = Pattern.Flag.CASE_INSENSITIVE) String handle) {}
            """;
    static final String CHAPTER_IN = """
            package test;

            import jakarta.validation.constraints.NotBlank;
            import jakarta.validation.constraints.PositiveOrZero;

            public record ChapterIn(@NotBlank String heading, @PositiveOrZero int pages) {}
            """;
    static final String PROBE = """
            package test;
            @dev.aerie.processor.json.JsonProbe
            class Probe {
                BookIn book;
            }
            """;

    static Compiled compile() {
        return Compiled.load("test.BookIn", BOOK_IN, "test.AuthorIn", AUTHOR_IN, "test.ChapterIn", CHAPTER_IN,
                "test.Nullable", GeneratedCodecTest.NULLABLE, "test.Probe", PROBE);
    }

    @Test
    void codecAndValidatorMatchTheGoldenFiles() {
        Compiled compiled = compile();
        Golden.assertMatches("json/BookIn_JsonCodec.java", compiled.source("test.BookIn_JsonCodec"));
        Golden.assertMatches("json/BookIn_Validator.java", compiled.source("test.BookIn_Validator"));
        Golden.assertMatches("json/AuthorIn_Validator.java", compiled.source("test.AuthorIn_Validator"));
    }

    @Test
    void schemaOfTheRecordAndItsComponents() {
        Compiled compiled = compile();
        assertEquals("{\"$ref\":\"#/components/schemas/BookIn\"}", compiled.staticField("test.Probe_Probe", "book_SCHEMA"));
        String components = compiled.staticField("test.Probe_Probe", "COMPONENTS");
        Golden.assertMatches("json/BookIn_schema_components.json", components + "\n");
    }

    @Test
    void generatedTextIsTheSameOnEveryCompilation() {
        Compiled first = compile();
        Compiled second = compile();
        for (String name : new String[] {"test.BookIn_JsonCodec", "test.BookIn_Validator", "test.AuthorIn_JsonCodec",
                "test.ChapterIn_Validator", "test.Probe_Probe"}) {
            assertEquals(first.source(name), second.source(name), name);
        }
    }
}
