package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Used by generated code: reads primitives without boxing and builds {@link JsonBindException}s
 * that carry the parser's path and location.
 */
public final class JsonReads {
    private JsonReads() {}

    /** Used by generated code: fails unless the current token starts an object of {@code typeName}. */
    public static void expectObject(JsonParser in, String typeName) {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(in, "an object (" + typeName + ")");
        }
    }

    /**
     * Used by generated code: marks the field with bit {@code bit} as seen and returns the new mask,
     * or fails if the object already had that field (duplicate keys are rejected).
     */
    public static long once(JsonParser in, long seen, long bit) {
        if ((seen & bit) != 0) {
            throw error(in, "duplicate field " + Texts.quote(currentName(in)));
        }
        return seen | bit;
    }

    /** Used by generated code: the required field {@code name} was absent from the object just read. */
    public static JsonBindException missingField(JsonParser in, String name) {
        JsonLocation at = in.currentTokenLocation();
        String path = JsonPath.member(JsonPath.of(in.getParsingContext()), name);
        return new JsonBindException("required field " + Texts.quote(name) + " is missing",
                path, at.getLineNr(), at.getColumnNr());
    }

    /**
     * Used by generated code: the constructor of {@code typeName} refused the values read (for
     * example a check in a record's compact constructor), which is the client's mistake.
     */
    public static JsonBindException rejected(JsonParser in, String typeName, RuntimeException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        JsonLocation at = in.currentTokenLocation();
        return new JsonBindException("invalid " + typeName + ": " + Texts.plain(reason),
                JsonPath.of(in.getParsingContext()), at.getLineNr(), at.getColumnNr(), cause);
    }

    /** Used by generated code: reads an {@code int}; JSON null, fractions and overflow fail. */
    public static int intValue(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (in.getNumberType() == NumberType.INT) {
                return in.getIntValue();
            }
            throw outOfRange(in, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        throw wrongType(in, "an integer (int)");
    }

    /** Used by generated code: reads a {@code long}; JSON null, fractions and overflow fail. */
    public static long longValue(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            NumberType type = in.getNumberType();
            if (type == NumberType.INT || type == NumberType.LONG) {
                return in.getLongValue();
            }
            throw outOfRange(in, "long", Long.MIN_VALUE, Long.MAX_VALUE);
        }
        throw wrongType(in, "an integer (long)");
    }

    /** Used by generated code: reads a {@code short}; JSON null, fractions and overflow fail. */
    public static short shortValue(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (in.getNumberType() == NumberType.INT) {
                int value = in.getIntValue();
                if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                    return (short) value;
                }
            }
            throw outOfRange(in, "short", Short.MIN_VALUE, Short.MAX_VALUE);
        }
        throw wrongType(in, "an integer (short)");
    }

    /** Used by generated code: reads a {@code byte}; JSON null, fractions and overflow fail. */
    public static byte byteValue(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (in.getNumberType() == NumberType.INT) {
                int value = in.getIntValue();
                if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
                    return (byte) value;
                }
            }
            throw outOfRange(in, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        throw wrongType(in, "an integer (byte)");
    }

    /**
     * Used by generated code: reads a {@code double} from any JSON number, or from the strings
     * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} that jackson writes for them.
     */
    public static double doubleValue(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = in.getDoubleValue();
            if (Double.isInfinite(value)) {
                throw error(in, "number " + Texts.quote(in.getText()) + " is out of range for double");
            }
            return value;
        }
        if (token == JsonToken.VALUE_STRING) {
            switch (in.getText()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw wrongType(in, "a number (double)");
    }

    /** Used by generated code: reads a {@code float}, as {@link #doubleValue} does. */
    public static float floatValue(JsonParser in) throws IOException {
        double value = doubleValue(in);
        if (Double.isFinite(value) && Math.abs(value) > Float.MAX_VALUE) {
            throw error(in, "number " + Texts.quote(in.getText()) + " is out of range for float");
        }
        return (float) value;
    }

    /** Used by generated code: reads {@code true} or {@code false}; nothing else is a boolean. */
    public static boolean booleanValue(JsonParser in) {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(in, "a boolean");
    }

    /** Used by generated code: "expected {@code expected} but got ..." at the current token. */
    public static JsonBindException wrongType(JsonParser in, String expected) {
        return error(in, "expected " + expected + " but got " + describe(in.currentToken()));
    }

    /** Used by generated code: {@code problem} at the current token, with its path and location. */
    public static JsonBindException error(JsonParser in, String problem) {
        JsonLocation at = in.currentTokenLocation();
        return new JsonBindException(problem, JsonPath.of(in.getParsingContext()), at.getLineNr(), at.getColumnNr());
    }

    private static JsonBindException outOfRange(JsonParser in, String type, long min, long max) throws IOException {
        return error(in, "number " + Texts.quote(in.getText()) + " is out of range for " + type
                + " (" + min + " to " + max + ")");
    }

    private static String currentName(JsonParser in) {
        try {
            String name = in.currentName();
            return name == null ? "" : name;
        } catch (IOException e) {
            return "";
        }
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
