package dev.aerie.processor.json;

import static dev.aerie.processor.json.RuntimeNames.CONSTRAINTS;
import static dev.aerie.processor.json.RuntimeNames.PATTERN;

import com.palantir.javapoet.CodeBlock;
import dev.aerie.processor.json.ConstraintReader.Rules;
import dev.aerie.processor.json.JsonType.ArrayOf;
import dev.aerie.processor.json.JsonType.MapOf;
import dev.aerie.processor.json.JsonType.ObjectType;
import dev.aerie.processor.json.JsonType.OptionalOf;
import dev.aerie.processor.json.ObjectModel.Property;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * Decides which types need a validator and writes the checks of one property: a line per
 * constraint, then the cascade of {@code @Valid}.
 */
final class Validations {
    private final JsonTypes jsonTypes;
    private final ConstraintReader reader;
    private final Map<TypeElement, Map<Property, Rules>> rules = new HashMap<>();
    private final Map<TypeElement, JsonProblem> failures = new HashMap<>();
    private final Map<TypeElement, Boolean> needed = new HashMap<>();

    Validations(JsonTypes jsonTypes, ConstraintReader reader) {
        this.jsonTypes = jsonTypes;
        this.reader = reader;
    }

    ConstraintReader reader() {
        return reader;
    }

    /** The rules of every property of {@code type}, checked (a misplaced constraint is a problem). */
    Map<Property, Rules> rules(TypeElement type) throws JsonProblem {
        Map<Property, Rules> known = rules.get(type);
        if (known != null) {
            return known;
        }
        JsonProblem failed = failures.get(type);
        if (failed != null) {
            throw failed;
        }
        Map<Property, Rules> read = new LinkedHashMap<>();
        try {
            for (Property property : jsonTypes.model(type).properties()) {
                read.put(property, reader.read(property.annotations(), property.json(),
                        TypeDisplay.of(property.type()) + " " + property.name()));
            }
        } catch (JsonProblem problem) {
            failures.put(type, problem);
            throw problem;
        }
        rules.put(type, read);
        return read;
    }

    /** Whether {@code type} has a constraint, directly or through {@code @Valid}. */
    boolean needsValidator(TypeElement type) throws JsonProblem {
        return needsValidator(type, new HashSet<>());
    }

    private boolean needsValidator(TypeElement type, Set<TypeElement> visiting) throws JsonProblem {
        Boolean known = needed.get(type);
        if (known != null) {
            return known;
        }
        if (!visiting.add(type)) {
            return false; // a cycle adds nothing the rest of the types do not already decide
        }
        boolean needs = false;
        for (Map.Entry<Property, Rules> entry : rules(type).entrySet()) {
            Rules r = entry.getValue();
            if (!r.constraints().isEmpty()) {
                needs = true;
            } else if (r.valid().isPresent() && cascadeTarget(entry.getKey().json()).isPresent()) {
                needs |= needsValidator(cascadeTarget(entry.getKey().json()).get().element(), visiting);
            }
        }
        visiting.remove(type);
        if (needs || visiting.isEmpty()) {
            needed.put(type, needs);
        }
        return needs;
    }

    /** The object type a {@code @Valid} on {@code type} cascades into. */
    static Optional<ObjectType> cascadeTarget(JsonType type) {
        JsonType inner = switch (type) {
            case ArrayOf array -> array.element();
            case MapOf map -> map.value();
            case OptionalOf optional -> optional.value();
            default -> type;
        };
        return inner instanceof ObjectType object ? Optional.of(object) : Optional.empty();
    }

    /**
     * The checks of one property.
     *
     * @param patterns gives the expression of the compiled {@code Pattern} of a {@code @Pattern};
     *     empty to pass the expression's text to the runtime's cache instead
     */
    CodeBlock checks(String name, JsonType type, Rules rules, CodeBlock value, CodeBlock path, CodeBlock out,
            Optional<Function<Constraint, CodeBlock>> patterns, Set<TypeElement> cascaded) throws JsonProblem {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Constraint constraint : rules.constraints()) {
            code.addStatement("$L", check(constraint, name, value, path, out, patterns));
        }
        if (rules.valid().isPresent()) {
            ObjectType target = cascadeTarget(type).orElseThrow();
            if (needsValidator(target.element())) {
                cascaded.add(target.element());
                String method = switch (type) {
                    case ArrayOf array -> "validElements";
                    case MapOf map -> "validValues";
                    case OptionalOf optional -> "validPresent";
                    default -> "valid";
                };
                code.addStatement("$T.$L($L, $L, $S, $L, $T::validate)", CONSTRAINTS, method, out, path, name, value,
                        target.validator());
            }
        }
        return code.build();
    }

    private static CodeBlock check(Constraint constraint, String name, CodeBlock value, CodeBlock path,
            CodeBlock out, Optional<Function<Constraint, CodeBlock>> patterns) {
        CodeBlock start = CodeBlock.of("$T.$L($L, $L, $S, $L", CONSTRAINTS, method(constraint.kind()), out, path,
                name, value);
        CodeBlock arguments = switch (constraint.kind()) {
            case SIZE -> CodeBlock.of(", $L, $L", constraint.intValue("min"), constraint.intValue("max"));
            case MIN, MAX -> CodeBlock.of(", $LL", constraint.longValue("value"));
            case PATTERN -> patterns.isPresent()
                    ? CodeBlock.of(", $L", patterns.get().apply(constraint))
                    : CodeBlock.of(", $S, $L", constraint.stringValue("regexp"), flagsExpression(constraint));
            default -> CodeBlock.of("");
        };
        return CodeBlock.of("$L$L, $S)", start, arguments, constraint.message());
    }

    private static CodeBlock flagsExpression(Constraint constraint) {
        List<String> names = ConstraintReader.flagNames(constraint.values());
        return names.isEmpty()
                ? CodeBlock.of("0")
                : names.stream().map(n -> CodeBlock.of("$T.$L", PATTERN, n)).collect(CodeBlock.joining(" | "));
    }

    /** {@code ", Pattern.CASE_INSENSITIVE | Pattern.DOTALL"}, or nothing without flags. */
    static CodeBlock flagArguments(Constraint constraint) {
        List<String> names = ConstraintReader.flagNames(constraint.values());
        if (names.isEmpty()) {
            return CodeBlock.of("");
        }
        return CodeBlock.of(", $L", names.stream().map(n -> CodeBlock.of("$T.$L", PATTERN, n))
                .collect(CodeBlock.joining(" | ")));
    }

    private static String method(Constraint.Kind kind) {
        return switch (kind) {
            case NOT_NULL -> "notNull";
            case NOT_BLANK -> "notBlank";
            case NOT_EMPTY -> "notEmpty";
            case SIZE -> "size";
            case MIN -> "min";
            case MAX -> "max";
            case POSITIVE -> "positive";
            case POSITIVE_OR_ZERO -> "positiveOrZero";
            case NEGATIVE -> "negative";
            case NEGATIVE_OR_ZERO -> "negativeOrZero";
            case EMAIL -> "email";
            case PATTERN -> "pattern";
        };
    }
}
