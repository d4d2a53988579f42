package dev.aerie.processor.json;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.aerie.runtime.json.Json;
import dev.aerie.runtime.json.JsonBindException;
import dev.aerie.runtime.json.JsonCodec;
import dev.aerie.runtime.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generic records such as {@code Page<T>}: one codec class taking the codecs of its type arguments. */
class GenericRecordTest {
    static final String PAGE = """
            package test;
            import jakarta.validation.constraints.*;
            import java.util.List;
            import java.util.Map;
            public record Page<T>(@NotNull List<T> items, @PositiveOrZero int total, @Nullable T first,
                                  Map<String, List<T>> groups) {}
            """;
    static final String ITEM = """
            package test;
            import jakarta.validation.constraints.NotBlank;
            public record Item(@NotBlank String name) {}
            """;
    static final String HOLDER = """
            package test;
            import jakarta.validation.Valid;
            public record Holder(@Valid Page<Item> page, Pair<String, Integer> pair) {}
            """;
    static final String PAIR = """
            package test;
            public record Pair<A, B>(A left, B right) {}
            """;
    static final String PROBE = """
            package test;
            @dev.aerie.processor.json.JsonProbe
            class Probe {
                Page<Item> items;
                Page<String> names;
                Holder holder;
            }
            """;

    static Compiled compiled;
    final Json json = Json.create();

    @BeforeAll
    static void compile() {
        compiled = Compiled.load("test.Page", PAGE, "test.Item", ITEM, "test.Holder", HOLDER, "test.Pair", PAIR,
                "test.Nullable", GeneratedCodecTest.NULLABLE, "test.Probe", PROBE);
    }

    private String roundTrip(String field, String text) {
        JsonCodec<Object> codec = compiled.staticField("test.Probe_Probe", field);
        return new String(json.write(codec, json.read(text.getBytes(UTF_8), codec)), UTF_8);
    }

    @Test
    void genericRecordsRoundTripWithTheirArgumentsCodecs() {
        String items = "{\"items\":[{\"name\":\"a\"}],\"total\":1,\"first\":{\"name\":\"a\"},"
                + "\"groups\":{\"x\":[{\"name\":\"b\"}]}}";
        assertEquals(items, roundTrip("items", items));
        String names = "{\"items\":[\"a\",\"b\"],\"total\":2,\"first\":null,\"groups\":{}}";
        assertEquals(names, roundTrip("names", names));
        String holder = "{\"page\":{\"items\":[],\"total\":0,\"first\":null,\"groups\":null},"
                + "\"pair\":{\"left\":\"l\",\"right\":2}}";
        assertEquals(holder, roundTrip("holder", holder));
    }

    @Test
    void typeArgumentsAreCheckedWithTheirPaths() {
        JsonCodec<Object> codec = compiled.staticField("test.Probe_Probe", "names");
        JsonBindException e = assertThrows(JsonBindException.class,
                () -> json.read("{\"items\":[\"a\",1],\"total\":2}".getBytes(UTF_8), codec));
        assertEquals("$.items[1]", e.path());
        assertEquals("expected a string but got an integer", e.problem());
    }

    @Test
    void validationCascadesIntoGenericRecords() {
        JsonCodec<Object> codec = compiled.staticField("test.Probe_Probe", "holder");
        Object holder = json.read("{\"page\":{\"total\":-1},\"pair\":null}".getBytes(UTF_8), codec);
        Violations out = new Violations();
        compiled.call("test.Probe_Probe", "holder", holder, out);
        assertEquals(List.of("page.items: must not be null", "page.total: must be greater than or equal to 0"),
                out.list().stream().map(v -> v.path() + ": " + v.message()).toList());
    }

    @Test
    void eachInstantiationIsItsOwnSchemaComponent() {
        assertEquals("{\"$ref\":\"#/components/schemas/Page_Item\"}",
                compiled.staticField("test.Probe_Probe", "items_SCHEMA"));
        String components = compiled.staticField("test.Probe_Probe", "COMPONENTS");
        assertEquals(true, components.contains("\"Page_String\":{\"type\":\"object\",\"properties\":{\"items\":"
                + "{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"total\":{\"type\":\"integer\",\"format\":"
                + "\"int32\",\"minimum\":0},\"first\":{\"type\":[\"string\",\"null\"]},"), components);
        assertEquals(true, components.contains("\"Pair_String_Integer\":{\"type\":\"object\",\"properties\":"
                + "{\"left\":{\"type\":\"string\"},\"right\":{\"type\":\"integer\",\"format\":\"int32\"}}"), components);
    }

    @Test
    void theGeneratedCodecOfAGenericRecordMatchesTheGoldenFile() {
        Golden.assertMatches("json/Page_JsonCodec.java", compiled.source("test.Page_JsonCodec"));
    }

    @Test
    void recursiveGenericRecordsAreAnError() {
        Compilation compilation = Compiled.compile("test.Tree", """
                package test;
                public record Tree<T>(T value,
                                      java.util.List<Tree<T>> children) {}
                """, "test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe {
                    Tree<String> tree;
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] generic type Tree refers to itself: recursive generic types cannot "
                + "be read or written as JSON yet").inFile(compilation.sourceFiles().get(0)).onLine(3);
    }

    @Test
    void aBareTypeVariableIsAnError() {
        Compilation compilation = Compiled.compile("test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe<X> {
                    X value;
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] type variable X cannot be read or written as JSON: use a concrete "
                + "type").inFile(compilation.sourceFiles().get(0)).onLine(4);
    }
}
