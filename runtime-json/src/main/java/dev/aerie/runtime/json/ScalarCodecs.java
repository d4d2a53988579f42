package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Codecs of strings, boxed primitives and big numbers. */
final class ScalarCodecs {
    private ScalarCodecs() {}

    static final class StringCodec extends NullSafeCodec<String> {
        @Override
        void writeValue(JsonGenerator out, String value) throws IOException {
            out.writeString(value);
        }

        @Override
        String readValue(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonReads.wrongType(in, "a string");
            }
            return Strings.checked(in, in.getText());
        }
    }

    static final class IntegerCodec extends NullSafeCodec<Integer> {
        @Override
        void writeValue(JsonGenerator out, Integer value) throws IOException {
            out.writeNumber(value.intValue());
        }

        @Override
        Integer readValue(JsonParser in) throws IOException {
            return JsonReads.intValue(in);
        }
    }

    static final class LongCodec extends NullSafeCodec<Long> {
        @Override
        void writeValue(JsonGenerator out, Long value) throws IOException {
            out.writeNumber(value.longValue());
        }

        @Override
        Long readValue(JsonParser in) throws IOException {
            return JsonReads.longValue(in);
        }
    }

    static final class ShortCodec extends NullSafeCodec<Short> {
        @Override
        void writeValue(JsonGenerator out, Short value) throws IOException {
            out.writeNumber(value.shortValue());
        }

        @Override
        Short readValue(JsonParser in) throws IOException {
            return JsonReads.shortValue(in);
        }
    }

    static final class ByteCodec extends NullSafeCodec<Byte> {
        @Override
        void writeValue(JsonGenerator out, Byte value) throws IOException {
            out.writeNumber(value.byteValue());
        }

        @Override
        Byte readValue(JsonParser in) throws IOException {
            return JsonReads.byteValue(in);
        }
    }

    static final class DoubleCodec extends NullSafeCodec<Double> {
        @Override
        void writeValue(JsonGenerator out, Double value) throws IOException {
            out.writeNumber(value.doubleValue());
        }

        @Override
        Double readValue(JsonParser in) throws IOException {
            return JsonReads.doubleValue(in);
        }
    }

    static final class FloatCodec extends NullSafeCodec<Float> {
        @Override
        void writeValue(JsonGenerator out, Float value) throws IOException {
            out.writeNumber(value.floatValue());
        }

        @Override
        Float readValue(JsonParser in) throws IOException {
            return JsonReads.floatValue(in);
        }
    }

    static final class BooleanCodec extends NullSafeCodec<Boolean> {
        @Override
        void writeValue(JsonGenerator out, Boolean value) throws IOException {
            out.writeBoolean(value.booleanValue());
        }

        @Override
        Boolean readValue(JsonParser in) {
            return JsonReads.booleanValue(in);
        }
    }

    static final class BigDecimalCodec extends NullSafeCodec<BigDecimal> {
        static final int MAX_SCALE = 1000;

        @Override
        void writeValue(JsonGenerator out, BigDecimal value) throws IOException {
            out.writeNumber(value);
        }

        @Override
        BigDecimal readValue(JsonParser in) throws IOException {
            JsonToken token = in.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw JsonReads.wrongType(in, "a number");
            }
            BigDecimal value;
            try {
                value = in.getDecimalValue();
            } catch (NumberFormatException | ArithmeticException e) {
                throw JsonReads.error(in, "number " + Texts.quote(in.getText())
                        + " cannot be represented as a decimal");
            }
            // 1e999999999 is short to send but makes toPlainString, setScale or toBigInteger run out of memory
            if (Math.abs((long) value.scale()) > MAX_SCALE) {
                throw JsonReads.error(in, "number " + Texts.quote(in.getText()) + " has an exponent beyond +/-"
                        + MAX_SCALE);
            }
            return value;
        }
    }

    static final class BigIntegerCodec extends NullSafeCodec<BigInteger> {
        @Override
        void writeValue(JsonGenerator out, BigInteger value) throws IOException {
            out.writeNumber(value);
        }

        @Override
        BigInteger readValue(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw JsonReads.wrongType(in, "an integer");
            }
            return in.getBigIntegerValue();
        }
    }

    static final class BytesCodec extends NullSafeCodec<byte[]> {
        @Override
        void writeValue(JsonGenerator out, byte[] value) throws IOException {
            out.writeBinary(value);
        }

        @Override
        byte[] readValue(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonReads.wrongType(in, "a base64 string");
            }
            String text = in.getText();
            try {
                return Base64Variants.getDefaultVariant().decode(text);
            } catch (IllegalArgumentException e) {
                throw JsonReads.error(in, "expected a base64 string but got " + Texts.quote(text));
            }
        }
    }
}
