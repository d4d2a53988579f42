package dev.aerie.processor.config;

import com.palantir.javapoet.CodeBlock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @ConfigDefault} text as a Java expression of the component's type, parsed the way
 * {@code AerieConfig} parses values at run time; empty when it does not parse.
 */
final class DefaultValues {
    private DefaultValues() {}

    static Optional<CodeBlock> expression(ValueType type, String text) {
        String value = text.trim();
        try {
            return switch (type) {
                case STRING -> Optional.of(CodeBlock.of("$S", text));
                case INT -> Optional.of(CodeBlock.of("$L", Integer.parseInt(value)));
                case LONG -> Optional.of(CodeBlock.of("$LL", Long.parseLong(value)));
                case BOOLEAN -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
                    case "true" -> Optional.of(CodeBlock.of("true"));
                    case "false" -> Optional.of(CodeBlock.of("false"));
                    default -> Optional.empty();
                };
                case DURATION -> duration(value).map(d -> CodeBlock.of("$T.parse($S)", Duration.class, d.toString()));
                case LIST -> Optional.of(list(value));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a default must look like, for the error message. */
    static String expected(ValueType type) {
        return switch (type) {
            case INT -> "an int";
            case LONG -> "a long";
            case BOOLEAN -> "true or false";
            case DURATION -> "a duration such as 5s, 500ms, 2m, 1h or PT5S";
            default -> "a value of the component's type";
        };
    }

    private static Optional<Duration> duration(String value) {
        if (value.startsWith("P") || value.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        int unitStart = 0;
        while (unitStart < value.length() && Character.isDigit(value.charAt(unitStart))) {
            unitStart++;
        }
        if (unitStart == 0) {
            return Optional.empty();
        }
        long amount = Long.parseLong(value.substring(0, unitStart));
        return switch (value.substring(unitStart).trim()) {
            case "ms" -> Optional.of(Duration.ofMillis(amount));
            case "s", "" -> Optional.of(Duration.ofSeconds(amount));
            case "m" -> Optional.of(Duration.ofMinutes(amount));
            case "h" -> Optional.of(Duration.ofHours(amount));
            default -> Optional.empty();
        };
    }

    private static CodeBlock list(String value) {
        List<CodeBlock> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(CodeBlock.of("$S", item.trim()));
            }
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
    }
}
