package dev.aerie.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Used by generated code: one method per jakarta.validation constraint. Each checks the value of
 * property {@code name} of the value at {@code path} and adds {@code message} to {@code out} when
 * it is broken. As in Bean Validation, null passes every constraint except notNull, notBlank and
 * notEmpty.
 */
public final class Constraints {
    // keys come from annotations in the application's code, so this holds a handful of entries
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Constraints() {}

    /** Used by generated code: {@code @NotNull}. */
    public static void notNull(Violations out, String path, String name, Object value, String message) {
        if (value == null) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @NotBlank}: not null and at least one non-whitespace character. */
    public static void notBlank(Violations out, String path, String name, CharSequence value, String message) {
        if (value == null || value.toString().isBlank()) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @NotEmpty} on text. */
    public static void notEmpty(Violations out, String path, String name, CharSequence value, String message) {
        if (value == null || value.isEmpty()) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @NotEmpty} on a list or set. */
    public static void notEmpty(Violations out, String path, String name, Collection<?> value, String message) {
        if (value == null || value.isEmpty()) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @NotEmpty} on a map. */
    public static void notEmpty(Violations out, String path, String name, Map<?, ?> value, String message) {
        if (value == null || value.isEmpty()) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Size} on text, counting UTF-16 chars as Bean Validation does. */
    public static void size(Violations out, String path, String name, CharSequence value, int min, int max,
            String message) {
        if (value != null) {
            checkSize(out, path, name, value.length(), min, max, message);
        }
    }

    /** Used by generated code: {@code @Size} on a list or set. */
    public static void size(Violations out, String path, String name, Collection<?> value, int min, int max,
            String message) {
        if (value != null) {
            checkSize(out, path, name, value.size(), min, max, message);
        }
    }

    /** Used by generated code: {@code @Size} on a map. */
    public static void size(Violations out, String path, String name, Map<?, ?> value, int min, int max,
            String message) {
        if (value != null) {
            checkSize(out, path, name, value.size(), min, max, message);
        }
    }

    /** Used by generated code: {@code @Size} on a byte array. */
    public static void size(Violations out, String path, String name, byte[] value, int min, int max,
            String message) {
        if (value != null) {
            checkSize(out, path, name, value.length, min, max, message);
        }
    }

    private static void checkSize(Violations out, String path, String name, int size, int min, int max,
            String message) {
        if (size < min || size > max) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Min} on an integral primitive. */
    public static void min(Violations out, String path, String name, long value, long min, String message) {
        if (value < min) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Min} on a floating-point primitive; NaN breaks it. */
    public static void min(Violations out, String path, String name, double value, long min, String message) {
        if (!(value >= min)) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Min} on a boxed number, BigDecimal or BigInteger. */
    public static void min(Violations out, String path, String name, Number value, long min, String message) {
        if (value != null && compare(value, min) < 0) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Max} on an integral primitive. */
    public static void max(Violations out, String path, String name, long value, long max, String message) {
        if (value > max) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Max} on a floating-point primitive; NaN breaks it. */
    public static void max(Violations out, String path, String name, double value, long max, String message) {
        if (!(value <= max)) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Max} on a boxed number, BigDecimal or BigInteger. */
    public static void max(Violations out, String path, String name, Number value, long max, String message) {
        if (value != null && compare(value, max) > 0) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Positive}. */
    public static void positive(Violations out, String path, String name, long value, String message) {
        sign(out, path, name, Long.signum(value), 1, 1, message);
    }

    /** Used by generated code: {@code @Positive}. */
    public static void positive(Violations out, String path, String name, double value, String message) {
        sign(out, path, name, signum(value), 1, 1, message);
    }

    /** Used by generated code: {@code @Positive}. */
    public static void positive(Violations out, String path, String name, Number value, String message) {
        if (value != null) {
            sign(out, path, name, signum(value), 1, 1, message);
        }
    }

    /** Used by generated code: {@code @PositiveOrZero}. */
    public static void positiveOrZero(Violations out, String path, String name, long value, String message) {
        sign(out, path, name, Long.signum(value), 0, 1, message);
    }

    /** Used by generated code: {@code @PositiveOrZero}. */
    public static void positiveOrZero(Violations out, String path, String name, double value, String message) {
        sign(out, path, name, signum(value), 0, 1, message);
    }

    /** Used by generated code: {@code @PositiveOrZero}. */
    public static void positiveOrZero(Violations out, String path, String name, Number value, String message) {
        if (value != null) {
            sign(out, path, name, signum(value), 0, 1, message);
        }
    }

    /** Used by generated code: {@code @Negative}. */
    public static void negative(Violations out, String path, String name, long value, String message) {
        sign(out, path, name, Long.signum(value), -1, -1, message);
    }

    /** Used by generated code: {@code @Negative}. */
    public static void negative(Violations out, String path, String name, double value, String message) {
        sign(out, path, name, signum(value), -1, -1, message);
    }

    /** Used by generated code: {@code @Negative}. */
    public static void negative(Violations out, String path, String name, Number value, String message) {
        if (value != null) {
            sign(out, path, name, signum(value), -1, -1, message);
        }
    }

    /** Used by generated code: {@code @NegativeOrZero}. */
    public static void negativeOrZero(Violations out, String path, String name, long value, String message) {
        sign(out, path, name, Long.signum(value), -1, 0, message);
    }

    /** Used by generated code: {@code @NegativeOrZero}. */
    public static void negativeOrZero(Violations out, String path, String name, double value, String message) {
        sign(out, path, name, signum(value), -1, 0, message);
    }

    /** Used by generated code: {@code @NegativeOrZero}. */
    public static void negativeOrZero(Violations out, String path, String name, Number value, String message) {
        if (value != null) {
            sign(out, path, name, signum(value), -1, 0, message);
        }
    }

    /** Used by generated code: {@code @Email}, with the rules of {@link EmailAddresses}. */
    public static void email(Violations out, String path, String name, CharSequence value, String message) {
        if (value != null && !EmailAddresses.isValid(value)) {
            out.add(Violations.property(path, name), message);
        }
    }

    /** Used by generated code: {@code @Pattern}; the whole value must match. */
    public static void pattern(Violations out, String path, String name, CharSequence value, Pattern pattern,
            String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            out.add(Violations.property(path, name), message);
        }
    }

    /**
     * Used by generated code: {@code @Pattern} where no static field can hold the compiled
     * expression (a route's parameter); compiles each distinct expression once.
     */
    public static void pattern(Violations out, String path, String name, CharSequence value, String regexp,
            int flags, String message) {
        if (value != null) {
            pattern(out, path, name, value, COMPILED.computeIfAbsent(flags + ":" + regexp,
                    key -> Pattern.compile(regexp, flags)), message);
        }
    }

    /** Used by generated code: {@code @Valid} on a property; validates it unless null. */
    public static <T> void valid(Violations out, String path, String name, T value, Validator<T> validator) {
        if (value != null) {
            validator.validate(value, Violations.property(path, name), out);
        }
    }

    /** Used by generated code: {@code @Valid} on a list or set; validates each element as {@code name[i]}. */
    public static <T> void validElements(Violations out, String path, String name, Collection<T> values,
            Validator<T> validator) {
        if (values != null) {
            String property = Violations.property(path, name);
            int index = 0;
            for (T value : values) {
                if (value != null) {
                    validator.validate(value, Violations.element(property, index), out);
                }
                index++;
            }
        }
    }

    /** Used by generated code: {@code @Valid} on a map; validates each value as {@code name[key]}. */
    public static <T> void validValues(Violations out, String path, String name, Map<String, T> values,
            Validator<T> validator) {
        if (values != null) {
            String property = Violations.property(path, name);
            for (Map.Entry<String, T> entry : values.entrySet()) {
                if (entry.getValue() != null) {
                    validator.validate(entry.getValue(), Violations.entry(property, entry.getKey()), out);
                }
            }
        }
    }

    /** Used by generated code: {@code @Valid} on an Optional; validates its value if present. */
    public static <T> void validPresent(Violations out, String path, String name, Optional<T> value,
            Validator<T> validator) {
        if (value != null && value.isPresent()) {
            validator.validate(value.get(), Violations.property(path, name), out);
        }
    }

    private static void sign(Violations out, String path, String name, int signum, int lowest, int highest,
            String message) {
        if (signum < lowest || signum > highest) {
            out.add(Violations.property(path, name), message);
        }
    }

    // NaN has no sign: it breaks every sign constraint
    private static int signum(double value) {
        return Double.isNaN(value) ? 2 : (int) Math.signum(value);
    }

    private static int signum(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum();
        }
        if (value instanceof BigInteger integer) {
            return integer.signum();
        }
        if (value instanceof Double || value instanceof Float) {
            return signum(value.doubleValue());
        }
        return Long.signum(value.longValue());
    }

    private static int compare(Number value, long bound) {
        if (value instanceof BigDecimal decimal) {
            return decimal.compareTo(BigDecimal.valueOf(bound));
        }
        if (value instanceof BigInteger integer) {
            return integer.compareTo(BigInteger.valueOf(bound));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            // NaN is outside every range
            return Double.isNaN(d) ? (bound < 0 ? 1 : -1) : Double.compare(d, bound);
        }
        return Long.compare(value.longValue(), bound);
    }
}
