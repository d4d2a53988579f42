package dev.aerie.processor.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.runtime.json.Json;
import dev.aerie.runtime.json.JsonCodec;
import dev.aerie.runtime.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Schemas of every kind of type, type-use @Nullable, and @Valid through maps and optionals. */
class SchemaAndCascadeTest {
    static final String SOURCES_ITEM = """
            package test;
            import jakarta.validation.constraints.*;
            public record Item(@NotBlank String name, @Positive int quantity) {}
            """;
    static final String TYPE_USE_NULLABLE = """
            package test;
            import java.lang.annotation.*;
            @Target(ElementType.TYPE_USE) @Retention(RetentionPolicy.CLASS)
            public @interface Nullable {}
            """;
    static final String ORDER = """
            package test;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.*;
            import java.util.*;
            public record Order(@Valid Map<String, Item> byCode,
                                @Valid Optional<Item> gift,
                                @Nullable Item spare,
                                @Size(max = 3) Set<Color> colors,
                                @Size(min = 1, max = 1024) byte[] signature,
                                Map<String, List<Integer>> matrix,
                                @Max(10) java.math.BigDecimal discount,
                                java.time.Instant at) {
                public enum Color { RED, GREEN }
            }
            """;
    static final String PROBE = """
            package test;
            import java.util.List;
            @dev.aerie.processor.json.JsonProbe
            class Probe {
                Order order;
                List<String> names;
                java.util.Optional<java.util.UUID> id;
            }
            """;

    static Compiled compiled;
    final Json json = Json.create();

    @BeforeAll
    static void compile() {
        compiled = Compiled.load("test.Item", SOURCES_ITEM, "test.Nullable", TYPE_USE_NULLABLE, "test.Order", ORDER,
                "test.Probe", PROBE);
    }

    @Test
    void schemasOfContainersAndScalars() {
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}",
                compiled.staticField("test.Probe_Probe", "names_SCHEMA"));
        assertEquals("{\"type\":[\"string\",\"null\"],\"format\":\"uuid\"}",
                compiled.staticField("test.Probe_Probe", "id_SCHEMA"));
    }

    @Test
    void componentSchemaOfARecordWithEveryKindOfProperty() {
        String components = compiled.staticField("test.Probe_Probe", "COMPONENTS");
        assertEquals("{\"Item\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},"
                + "\"quantity\":{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":0}},"
                + "\"required\":[\"name\",\"quantity\"]},"
                + "\"Order\":{\"type\":\"object\",\"properties\":{"
                + "\"byCode\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/Item\"}},"
                + "\"gift\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/Item\"},{\"type\":\"null\"}]},"
                + "\"spare\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/Item\"},{\"type\":\"null\"}]},"
                + "\"colors\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\"]},"
                + "\"uniqueItems\":true,\"maxItems\":3},"
                + "\"signature\":{\"type\":\"string\",\"contentEncoding\":\"base64\",\"minLength\":1,\"maxLength\":1024},"
                + "\"matrix\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"array\",\"items\":"
                + "{\"type\":\"integer\",\"format\":\"int32\"}}},"
                + "\"discount\":{\"type\":\"number\",\"maximum\":10},"
                + "\"at\":{\"type\":\"string\",\"format\":\"date-time\"}},"
                + "\"required\":[\"byCode\",\"colors\",\"signature\",\"matrix\",\"discount\",\"at\"]}}",
                components);
    }

    @Test
    void validCascadesThroughMapsAndOptionals() {
        JsonCodec<Object> codec = compiled.staticField("test.Probe_Probe", "order");
        Object order = json.read("""
                {"byCode": {"A1": {"name": "ok", "quantity": 1}, "B2": {"name": "", "quantity": 0}},
                 "gift": {"name": " ", "quantity": 1}, "spare": {"name": "", "quantity": 0},
                 "colors": ["RED", "GREEN", "RED"], "signature": "", "discount": 10.5,
                 "at": "2024-01-31T12:00:00Z"}""".getBytes(UTF_8), codec);
        Violations out = new Violations();
        compiled.call("test.Probe_Probe", "order", order, out);
        assertEquals(List.of(
                "byCode[B2].name: must not be blank",
                "byCode[B2].quantity: must be greater than 0",
                "gift.name: must not be blank",
                "signature: size must be between 1 and 1024",
                "discount: must be less than or equal to 10"),
                out.list().stream().map(v -> v.path() + ": " + v.message()).toList());
        assertEquals("{\"byCode\":{\"A1\":{\"name\":\"ok\",\"quantity\":1},\"B2\":{\"name\":\"\",\"quantity\":0}},"
                + "\"gift\":{\"name\":\" \",\"quantity\":1},\"spare\":{\"name\":\"\",\"quantity\":0},"
                + "\"colors\":[\"RED\",\"GREEN\"],\"signature\":\"\",\"matrix\":null,\"discount\":10.5,"
                + "\"at\":\"2024-01-31T12:00:00.000Z\"}", new String(json.write(codec, order), UTF_8));
    }
}
