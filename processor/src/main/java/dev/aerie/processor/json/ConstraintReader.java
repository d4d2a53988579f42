package dev.aerie.processor.json;

import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.json.Constraint.Kind;
import dev.aerie.processor.json.JsonType.ArrayOf;
import dev.aerie.processor.json.JsonType.MapOf;
import dev.aerie.processor.json.JsonType.ObjectType;
import dev.aerie.processor.json.JsonType.OptionalOf;
import dev.aerie.processor.json.JsonType.Scalar;
import dev.aerie.processor.json.ObjectModel.Annotated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads the jakarta.validation annotations of one property and checks they fit its type. */
final class ConstraintReader {
    private static final String CONSTRAINTS_PACKAGE = "jakarta.validation.constraints.";
    private static final String VALID = "jakarta.validation.Valid";
    private static final String SUPPORTED = Stream.of(Kind.values()).map(k -> "@" + k.simpleName)
            .collect(Collectors.joining(", ")) + " and @Valid";

    private final Elements elements;

    ConstraintReader(Elements elements) {
        this.elements = elements;
    }

    /** The constraints and {@code @Valid} of a property. */
    record Rules(List<Constraint> constraints, Optional<Annotated> valid) {
        boolean isEmpty() {
            return constraints.isEmpty() && valid.isEmpty();
        }
    }

    /**
     * @param what the property for messages, as {@code "String title"}
     */
    Rules read(List<Annotated> annotations, JsonType type, String what) throws JsonProblem {
        List<Constraint> constraints = new ArrayList<>();
        Optional<Annotated> valid = Optional.empty();
        for (Annotated annotation : annotations) {
            String name = annotation.typeName();
            if (name.equals(VALID)) {
                valid = Optional.of(annotation);
                checkValid(annotation, type, what);
            } else if (name.startsWith(CONSTRAINTS_PACKAGE) || name.startsWith("javax.validation.constraints.")) {
                constraints.add(constraint(annotation, type, what));
            }
        }
        return new Rules(List.copyOf(constraints), valid);
    }

    private Constraint constraint(Annotated annotation, JsonType type, String what) throws JsonProblem {
        String simpleName = annotation.typeName().substring(annotation.typeName().lastIndexOf('.') + 1);
        if (annotation.typeName().startsWith("javax.")) {
            throw problem(annotation, "@" + simpleName + " is from javax.validation, which Aerie does not read:",
                    "use jakarta.validation.constraints." + simpleName);
        }
        Kind kind = Stream.of(Kind.values()).filter(k -> k.simpleName.equals(simpleName)).findFirst()
                .orElseThrow(() -> problem(annotation, "@" + simpleName + " on " + what
                        + " is not supported by Aerie's generated validation.", "Supported: " + SUPPORTED));
        Map<String, Object> values = values(annotation);
        if (!((List<?>) values.get("groups")).isEmpty()) {
            throw problem(annotation, "@" + simpleName + "(groups = ...) on " + what
                    + ": validation groups are not supported; every constraint always applies.", "Remove groups.");
        }
        if (type instanceof OptionalOf) {
            throw problem(annotation, "@" + simpleName + " on " + what + ": constraints on Optional are not "
                    + "supported;", "declare the property as @Nullable " + "of the inner type instead");
        }
        checkTarget(kind, annotation, type, what);
        checkValues(kind, annotation, values, what);
        return new Constraint(kind, annotation, values, message(kind, annotation, values));
    }

    private void checkTarget(Kind kind, Annotated annotation, JsonType type, String what) throws JsonProblem {
        boolean text = type instanceof Scalar s && s.builtin() == Builtin.STRING;
        boolean number = type instanceof Scalar s && s.builtin().isNumber();
        boolean primitive = type instanceof Scalar s && s.isPrimitive();
        boolean collection = type instanceof ArrayOf || type instanceof MapOf;
        boolean bytes = type instanceof Scalar s && s.builtin() == Builtin.BYTES;
        boolean fits = switch (kind) {
            case NOT_NULL -> !primitive;
            case NOT_BLANK, EMAIL, PATTERN -> text;
            case NOT_EMPTY -> text || collection;
            case SIZE -> text || collection || bytes;
            case MIN, MAX, POSITIVE, POSITIVE_OR_ZERO, NEGATIVE, NEGATIVE_OR_ZERO -> number;
        };
        if (!fits) {
            String allowed = switch (kind) {
                case NOT_NULL -> "reference types; a primitive is never null (use its box to allow null)";
                case NOT_BLANK, EMAIL, PATTERN -> "String";
                case NOT_EMPTY -> "String, List, Set and Map";
                case SIZE -> "String, List, Set, Map and byte[]";
                default -> "numbers (int, long, short, byte, double, float, their boxes, BigDecimal, BigInteger)";
            };
            throw problem(annotation, "@" + kind.simpleName + " cannot apply to " + what + ": it applies to "
                    + allowed + ".", "Move it to a property of such a type, or remove it.");
        }
    }

    private void checkValues(Kind kind, Annotated annotation, Map<String, Object> values, String what)
            throws JsonProblem {
        if (kind == Kind.SIZE) {
            int min = ((Number) values.get("min")).intValue();
            int max = ((Number) values.get("max")).intValue();
            if (min < 0 || max < min) {
                throw problem(annotation, "@Size(min = " + min + ", max = " + max + ") on " + what
                        + " can never hold:", "min must be at least 0 and at most max");
            }
        }
        if (kind == Kind.PATTERN) {
            String regexp = (String) values.get("regexp");
            try {
                Pattern.compile(regexp, flags(values));
            } catch (PatternSyntaxException e) {
                throw problem(annotation, "@Pattern on " + what + " has an invalid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex() + " of \"" + regexp + "\".",
                        "Fix the expression (it is a java.util.regex.Pattern).");
            }
        }
        if (kind == Kind.EMAIL && (!".*".equals(values.get("regexp")) || !((List<?>) values.get("flags")).isEmpty())) {
            throw problem(annotation, "@Email(regexp = ...) on " + what + " is not supported:",
                    "use @Email alone, or @Pattern for your own expression");
        }
    }

    /** {@code java.util.regex.Pattern} flags of a {@code @Pattern}, whose flag names match Pattern's constants. */
    static int flags(Map<String, Object> values) {
        int flags = 0;
        for (Object flag : (List<?>) values.get("flags")) {
            String name = ((VariableElement) ((AnnotationValue) flag).getValue()).getSimpleName().toString();
            flags |= switch (name) {
                case "UNIX_LINES" -> Pattern.UNIX_LINES;
                case "CASE_INSENSITIVE" -> Pattern.CASE_INSENSITIVE;
                case "COMMENTS" -> Pattern.COMMENTS;
                case "MULTILINE" -> Pattern.MULTILINE;
                case "DOTALL" -> Pattern.DOTALL;
                case "UNICODE_CASE" -> Pattern.UNICODE_CASE;
                case "CANON_EQ" -> Pattern.CANON_EQ;
                default -> 0;
            };
        }
        return flags;
    }

    /** The names of the {@code Pattern} constants of a {@code @Pattern}'s flags, in declaration order. */
    static List<String> flagNames(Map<String, Object> values) {
        return ((List<?>) values.get("flags")).stream()
                .map(flag -> ((VariableElement) ((AnnotationValue) flag).getValue()).getSimpleName().toString())
                .toList();
    }

    private void checkValid(Annotated annotation, JsonType type, String what) throws JsonProblem {
        JsonType inner = switch (type) {
            case ArrayOf array -> array.element();
            case MapOf map -> map.value();
            case OptionalOf optional -> optional.value();
            default -> type;
        };
        if (inner instanceof JsonType.TypeParameter parameter) {
            throw problem(annotation, "@Valid on " + what + " cannot cascade into type parameter " + parameter.name()
                    + ":", "validate the concrete type where the generic record is used");
        }
        if (!(inner instanceof ObjectType)) {
            throw problem(annotation, "@Valid on " + what + " has nothing to validate: it cascades into records "
                    + "and classes, and into the elements of lists, sets, maps and optionals of them.", "Remove @Valid.");
        }
    }

    private Map<String, Object> values(Annotated annotation) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(annotation.mirror()).entrySet()) {
            values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
        }
        return values;
    }

    private static String message(Kind kind, Annotated annotation, Map<String, Object> values) {
        String template = kind.defaultMessage;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : annotation.mirror().getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("message")) {
                template = (String) entry.getValue().getValue();
            }
        }
        for (String attribute : List.of("min", "max", "value", "regexp")) {
            Object value = values.get(attribute);
            if (value != null) {
                template = template.replace("{" + attribute + "}", String.valueOf(value));
            }
        }
        return template;
    }

    private static JsonProblem problem(Annotated annotation, String message, String fix) {
        return new JsonProblem(Diagnostic.of(DiagnosticKind.BAD_CONSTRAINT, annotation.on(), message, fix)
                .on(annotation.mirror()));
    }
}
