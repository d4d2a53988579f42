package dev.aerie.runtime.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonTest {
    enum Color { RED, GREEN }

    private final Json json = Json.create();

    private <T> T read(String text, JsonCodec<T> codec) {
        return json.read(text.getBytes(UTF_8), codec);
    }

    private <T> String write(JsonCodec<T> codec, T value) {
        return new String(json.write(codec, value), UTF_8);
    }

    private JsonBindException fails(String text, JsonCodec<?> codec) {
        return assertThrows(JsonBindException.class, () -> read(text, codec));
    }

    @Test
    void scalarsRoundTrip() {
        assertEquals("h\u00e9\"llo", read(write(JsonCodecs.STRING, "h\u00e9\"llo"), JsonCodecs.STRING));
        assertEquals(Integer.MIN_VALUE, read("-2147483648", JsonCodecs.INTEGER));
        assertEquals(Long.MAX_VALUE, read("9223372036854775807", JsonCodecs.LONG));
        assertEquals((short) -5, read("-5", JsonCodecs.SHORT));
        assertEquals((byte) 127, read("127", JsonCodecs.BYTE));
        assertEquals(1.5, read("1.5", JsonCodecs.DOUBLE));
        assertEquals(3.0, read("3", JsonCodecs.DOUBLE));
        assertEquals(2.5f, read("2.5", JsonCodecs.FLOAT));
        assertEquals(Boolean.TRUE, read(" true ", JsonCodecs.BOOLEAN));
        assertEquals(new BigDecimal("12345678901234567890.000000001"),
                read("12345678901234567890.000000001", JsonCodecs.BIG_DECIMAL));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                read("123456789012345678901234567890", JsonCodecs.BIG_INTEGER));
        assertEquals("\"NaN\"", write(JsonCodecs.DOUBLE, Double.NaN));
        assertTrue(Double.isNaN(read("\"NaN\"", JsonCodecs.DOUBLE)));
        assertEquals("null", write(JsonCodecs.STRING, null));
        assertNull(read("null", JsonCodecs.INTEGER));
    }

    @Test
    void textFormatsRoundTrip() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals("\"123e4567-e89b-12d3-a456-426614174000\"", write(JsonCodecs.UUID, id));
        assertEquals(id, read("\"123e4567-e89b-12d3-a456-426614174000\"", JsonCodecs.UUID));
        assertEquals("\"2024-02-29\"", write(JsonCodecs.LOCAL_DATE, LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDateTime.of(2024, 1, 31, 13, 45), read("\"2024-01-31T13:45:00\"", JsonCodecs.LOCAL_DATE_TIME));
        assertEquals(Instant.parse("2024-01-31T12:45:00Z"), read("\"2024-01-31T13:45:00+01:00\"", JsonCodecs.INSTANT));
        assertEquals("\"2024-01-31T12:45:00.000Z\"", write(JsonCodecs.INSTANT, Instant.parse("2024-01-31T12:45:00Z")),
                "whole seconds keep a fraction of milliseconds");
        assertEquals("\"2024-01-31T12:45:00.120Z\"", write(JsonCodecs.INSTANT, Instant.parse("2024-01-31T12:45:00.12Z")));
        assertEquals("\"2024-01-31T12:45:00.123456Z\"", write(JsonCodecs.INSTANT, Instant.parse("2024-01-31T12:45:00.123456Z")));
        assertEquals("\"2024-01-31T12:45:00.000000001Z\"", write(JsonCodecs.INSTANT, Instant.parse("2024-01-31T12:45:00.000000001Z")));
        assertEquals("\"+12024-01-31T12:45:00.000Z\"", write(JsonCodecs.INSTANT, Instant.parse("+12024-01-31T12:45:00Z")));
        Instant precise = Instant.parse("2024-01-31T12:45:00.5Z");
        assertEquals(precise, read(write(JsonCodecs.INSTANT, precise), JsonCodecs.INSTANT));
        OffsetDateTime odt = OffsetDateTime.parse("2024-01-31T13:45:00+01:00");
        assertEquals(odt, read(write(JsonCodecs.OFFSET_DATE_TIME, odt), JsonCodecs.OFFSET_DATE_TIME));
        assertEquals("\"AQID\"", write(JsonCodecs.BYTES, new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, read("\"AQID\"", JsonCodecs.BYTES));
    }

    @Test
    void containersRoundTrip() {
        JsonCodec<List<Integer>> list = JsonCodecs.listOf(JsonCodecs.INTEGER);
        assertEquals(List.of(1, 2, 3), read("[1,2,3]", list));
        assertEquals("[1,2,3]", write(list, List.of(1, 2, 3)));
        JsonCodec<Set<String>> set = JsonCodecs.setOf(JsonCodecs.STRING);
        assertEquals(List.of("b", "a"), List.copyOf(read("[\"b\",\"a\",\"b\"]", set)));
        JsonCodec<Map<String, Long>> map = JsonCodecs.mapOf(JsonCodecs.LONG);
        assertEquals(Map.of("a", 1L, "b", 2L), read("{\"a\":1,\"b\":2}", map));
        assertEquals("{\"a\":1}", write(map, Map.of("a", 1L)));
        JsonCodec<Optional<String>> optional = JsonCodecs.optionalOf(JsonCodecs.STRING);
        assertEquals(Optional.empty(), read("null", optional));
        assertEquals(Optional.of("x"), read("\"x\"", optional));
        assertEquals("null", write(optional, Optional.empty()));
        JsonCodec<Color> color = JsonCodecs.enumOf(Color.class, Color.values());
        assertEquals(Color.GREEN, read("\"GREEN\"", color));
        assertEquals("\"RED\"", write(color, Color.RED));
    }

    @Test
    void readCollectionsAreUnmodifiable() {
        List<Integer> list = read("[1]", JsonCodecs.listOf(JsonCodecs.INTEGER));
        assertThrows(UnsupportedOperationException.class, () -> list.add(2));
    }

    @Test
    void wrongTypesNameExpectedAndActualWithPath() {
        JsonBindException e = fails("[1, \"2\"]", JsonCodecs.listOf(JsonCodecs.INTEGER));
        assertEquals("expected an integer (int) but got a string", e.problem());
        assertEquals("$[1]", e.path());
        assertEquals(1, e.line());
        assertEquals(5, e.column());
        assertEquals("$[1]: expected an integer (int) but got a string (line 1, column 5)", e.getMessage());

        e = fails("{\"a\": {\"b c\": true}}", JsonCodecs.mapOf(JsonCodecs.mapOf(JsonCodecs.STRING)));
        assertEquals("$.a['b c']", e.path());
        assertEquals("expected a string but got true", e.problem());
    }

    @Test
    void numbersOutOfRangeOrFractionalAreRefused() {
        assertEquals("number \"3000000000\" is out of range for int (-2147483648 to 2147483647)",
                fails("3000000000", JsonCodecs.INTEGER).problem());
        assertEquals("expected an integer (int) but got a number with a fraction or exponent",
                fails("1.5", JsonCodecs.INTEGER).problem());
        assertEquals("number \"99999999999999999999\" is out of range for long (-9223372036854775808 to 9223372036854775807)",
                fails("99999999999999999999", JsonCodecs.LONG).problem());
        assertEquals("number \"128\" is out of range for byte (-128 to 127)", fails("128", JsonCodecs.BYTE).problem());
        assertEquals("number \"40000\" is out of range for short (-32768 to 32767)", fails("40000", JsonCodecs.SHORT).problem());
        assertEquals("number \"1e400\" is out of range for double", fails("1e400", JsonCodecs.DOUBLE).problem());
        assertEquals("number \"1e39\" is out of range for float", fails("1e39", JsonCodecs.FLOAT).problem());
        assertEquals("expected an integer (int) but got a string", fails("\"1\"", JsonCodecs.INTEGER).problem());
        assertEquals("expected a boolean but got a string", fails("\"true\"", JsonCodecs.BOOLEAN).problem());
    }

    @Test
    void hugeExponentsAreRefused() {
        assertEquals("number \"1e999999999\" has an exponent beyond +/-1000",
                fails("1e999999999", JsonCodecs.BIG_DECIMAL).problem());
        assertEquals(new BigDecimal("1e-1000"), read("1e-1000", JsonCodecs.BIG_DECIMAL));
        fails("1e99999999999", JsonCodecs.BIG_DECIMAL);
        assertEquals("expected an integer but got a number with a fraction or exponent",
                fails("1e5", JsonCodecs.BIG_INTEGER).problem());
    }

    @Test
    void loneSurrogatesSurviveARoundTrip() {
        String text = read("\"a\\ud800b\"", JsonCodecs.STRING);
        assertEquals("a\ud800b", text);
        assertEquals("\"a\\ud800b\"", write(JsonCodecs.STRING, text).toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void badTextFormatsAreRefused() {
        assertEquals("expected a UUID string (123e4567-e89b-12d3-a456-426614174000) but got \"1-2-3-4-5\"",
                fails("\"1-2-3-4-5\"", JsonCodecs.UUID).problem());
        assertEquals("expected an ISO-8601 date string (2024-01-31) but got \"2024-13-01\"",
                fails("\"2024-13-01\"", JsonCodecs.LOCAL_DATE).problem());
        assertEquals("expected a base64 string but got \"%%%\"", fails("\"%%%\"", JsonCodecs.BYTES).problem());
        assertEquals("expected one of \"RED\", \"GREEN\" (Color) but got \"red\"",
                fails("\"red\"", JsonCodecs.enumOf(Color.class, Color.values())).problem());
        String longText = "\"" + "x".repeat(500) + "\"";
        assertTrue(fails(longText, JsonCodecs.LOCAL_DATE).problem().endsWith("x...\""), "echo is cut short");
    }

    @Test
    void nullElementsAndDuplicateKeysAreRefused() {
        JsonBindException e = fails("[\"a\", null]", JsonCodecs.listOf(JsonCodecs.STRING));
        assertEquals("$[1]", e.path());
        assertEquals("null is not allowed as an element of this array", e.problem());
        e = fails("{\"a\": 1, \"a\": 2}", JsonCodecs.mapOf(JsonCodecs.INTEGER));
        assertEquals("duplicate field \"a\"", e.problem());
        assertEquals("$.a", e.path());
        e = fails("{\"a\": null}", JsonCodecs.mapOf(JsonCodecs.INTEGER));
        assertEquals("null is not allowed as a value of this object", e.problem());
    }

    @Test
    void nulCharactersAreRefusedWithPath() {
        JsonBindException e = fails("{\"name\": \"a\\u0000b\"}", JsonCodecs.mapOf(JsonCodecs.STRING));
        assertEquals("$.name", e.path());
        assertEquals("the string contains a NUL character (\\u0000), which is not accepted", e.problem());
        e = fails("{\"a\\u0000\": \"b\"}", JsonCodecs.mapOf(JsonCodecs.STRING));
        assertTrue(e.problem().contains("NUL"), e.getMessage());
    }

    @Test
    void malformedJsonBecomesBindException() {
        JsonBindException e = fails("{\"a\": 1,}", JsonCodecs.mapOf(JsonCodecs.INTEGER));
        assertTrue(e.problem().startsWith("Unexpected character ('}'"), e.problem());
        assertEquals(1, e.line());
        assertEquals(9, e.column());
        e = fails("[\"a\tb\"]", JsonCodecs.listOf(JsonCodecs.STRING));
        assertTrue(e.problem().contains("Illegal unquoted character"), e.problem());
        e = fails("[1, 2", JsonCodecs.listOf(JsonCodecs.INTEGER));
        assertTrue(e.problem().startsWith("Unexpected end-of-input"), e.problem());
        assertTrue(!e.problem().contains("Source"), e.problem());
        e = assertThrows(JsonBindException.class,
                () -> json.read(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}, JsonCodecs.STRING));
        assertTrue(e.problem().contains("UTF-8"), e.problem());
        assertEquals("expected a JSON value but the input is empty", fails("  ", JsonCodecs.STRING).problem());
    }

    @Test
    void trailingContentIsRefused() {
        JsonBindException e = fails("{} {}", JsonCodecs.mapOf(JsonCodecs.INTEGER));
        assertEquals("unexpected an object after the end of the JSON value", e.problem());
        assertEquals(1, fails("1 x", JsonCodecs.INTEGER).line());
        assertEquals(5, read("5 \n ", JsonCodecs.INTEGER));
    }

    @Test
    void limitsAreEnforced() {
        String deep = "[".repeat(65) + "]".repeat(65);
        JsonCodec<List<Object>> anything = JsonCodecs.listOf(new SkippingCodec());
        JsonBindException e = fails(deep, anything);
        assertEquals("the JSON nests arrays and objects deeper than 64 levels", e.problem());
        Json small = Json.create(new JsonLimits(4, 10, 5, 5));
        e = assertThrows(JsonBindException.class, () -> small.read("\"0123456789a\"".getBytes(UTF_8), JsonCodecs.STRING));
        assertEquals("a string is longer than 10 characters", e.problem());
        e = assertThrows(JsonBindException.class, () -> small.read("123456".getBytes(UTF_8), JsonCodecs.LONG));
        assertEquals("a number is longer than 5 characters", e.problem());
        e = assertThrows(JsonBindException.class,
                () -> small.read("{\"abcdef\":1}".getBytes(UTF_8), JsonCodecs.mapOf(JsonCodecs.INTEGER)));
        assertEquals("a field name is longer than 5 characters", e.problem());
        assertEquals(List.of(), read("[[[[]]]]".substring(3, 5), anything));
    }

    @Test
    void oneInstanceServesManyVirtualThreadsAtOnce() throws Exception {
        JsonCodec<List<String>> codec = JsonCodecs.listOf(JsonCodecs.STRING);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2_000; i++) {
                List<String> value = List.of("request " + i, "x".repeat(i % 50));
                results.add(threads.submit(() -> read(write(codec, value), codec).equals(value)));
            }
        }
        for (var result : results) {
            assertTrue(result.get());
        }
    }

    @Test
    void readsFromStreams() throws Exception {
        assertEquals(List.of("a"), json.read(new ByteArrayInputStream("[\"a\"]".getBytes(UTF_8)),
                JsonCodecs.listOf(JsonCodecs.STRING)));
        assertThrows(JsonBindException.class,
                () -> json.read(new ByteArrayInputStream("[\"a\"".getBytes(UTF_8)), JsonCodecs.listOf(JsonCodecs.STRING)));
    }

    /** Reads any value by skipping it; stands for a codec of nested lists. */
    private static final class SkippingCodec implements JsonCodec<Object> {
        @Override
        public void write(com.fasterxml.jackson.core.JsonGenerator out, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object read(com.fasterxml.jackson.core.JsonParser in) throws java.io.IOException {
            in.skipChildren();
            return "skipped";
        }
    }
}
