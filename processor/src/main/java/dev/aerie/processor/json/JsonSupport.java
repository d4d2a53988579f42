package dev.aerie.processor.json;

import static dev.aerie.processor.json.RuntimeNames.CONSTRAINTS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.aerie.processor.json.ConstraintReader.Rules;
import dev.aerie.processor.json.JsonType.ArrayOf;
import dev.aerie.processor.json.JsonType.MapOf;
import dev.aerie.processor.json.JsonType.ObjectType;
import dev.aerie.processor.json.JsonType.OptionalOf;
import dev.aerie.processor.json.ObjectModel.Annotated;
import dev.aerie.processor.json.ObjectModel.Property;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.Reporter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * JSON binding, validation and JSON Schema for the processor's extensions (the HTTP routes):
 * the one entry point of this package.
 *
 * <p>Ask for what generated code needs ({@link #codec}, {@link #validation},
 * {@link #constraints}, {@link #schema}); each answer is a JavaPoet {@link CodeBlock} and records
 * which codec and validator classes must exist. Then call {@link #writeAll} (once per round is
 * fine) to write them, each exactly once. Use one instance per compilation. Problems are compiler
 * errors on the element responsible; the method that hit one returns empty, and {@link #failed()}
 * says whether any was reported.
 */
public final class JsonSupport {

    private final Reporter errors;
    private final JsonTypes jsonTypes;
    private final Validations validations;
    private final Schemas schemas;
    private final Set<TypeElement> codecs = new LinkedHashSet<>();
    private final Set<TypeElement> validators = new LinkedHashSet<>();
    private final Set<ClassName> written = new HashSet<>();
    private final Map<JsonProblem, Boolean> reported = new IdentityHashMap<>();
    private boolean failed;

    /** Reports problems to {@code errors}, the processor's one reporter. */
    public JsonSupport(ProcessingEnvironment env, Reporter errors) {
        this.errors = errors;
        this.jsonTypes = new JsonTypes(env.getElementUtils(), env.getTypeUtils());
        this.validations = new Validations(jsonTypes, new ConstraintReader(env.getElementUtils()));
        this.schemas = new Schemas(jsonTypes, validations);
    }

    /**
     * An expression of type {@code JsonCodec<T>} (T boxed) for {@code type}, such as
     * {@code Book_JsonCodec.INSTANCE} or {@code JsonCodecs.listOf(Book_JsonCodec.INSTANCE)}.
     * Evaluate it once, into a static final field: it may allocate.
     *
     * @param at the element that needs the codec (a method, parameter), blamed if the type itself
     *     is unsupported; problems inside a record are reported on the record's component
     */
    public Optional<CodeBlock> codec(TypeMirror type, Element at) {
        try {
            JsonType json = jsonTypes.classify(type, at);
            requireCodecs(json);
            return Optional.of(CodecExpressions.of(json));
        } catch (JsonProblem problem) {
            report(problem);
            return Optional.empty();
        }
    }

    /**
     * The statements that validate {@code value} of {@code type} as {@code @Valid} does: the
     * constraints of its record (and of nested {@code @Valid} properties), or of each element of a
     * List/Set/Map/Optional of records. Empty when there is nothing to check or on a problem.
     *
     * @param value an expression of {@code type}
     * @param path an expression of type String: the value's own path, {@code ""} for a body
     * @param violations an expression of type {@code dev.aerie.runtime.validation.Violations}
     */
    public Optional<CodeBlock> validation(TypeMirror type, CodeBlock value, CodeBlock path, CodeBlock violations,
            Element at) {
        try {
            JsonType json = jsonTypes.classify(type, at);
            requireCodecs(json);
            Optional<ObjectType> target = Validations.cascadeTarget(json);
            if (target.isEmpty() || !validations.needsValidator(target.get().element())) {
                return Optional.empty();
            }
            requireValidator(target.get().element());
            ClassName validator = target.get().validator();
            return Optional.of(switch (json) {
                case ObjectType object -> CodeBlock.builder()
                        .addStatement("$T.validate($L, $L, $L)", validator, value, path, violations).build();
                default -> CodeBlock.builder()
                        .addStatement("$T.$L($L, $L, $S, $L, $T::validate)", CONSTRAINTS, cascadeMethod(json),
                                violations, path, "", value, validator)
                        .build();
            });
        } catch (JsonProblem problem) {
            report(problem);
            return Optional.empty();
        }
    }

    /**
     * The statements that check the constraint annotations written on {@code variable} itself (a
     * route's query or path parameter: {@code @Min(1) int page}), and cascade if it is
     * {@code @Valid}. Violations are reported under {@code name}. Empty when it has none.
     *
     * @param value an expression of the variable's type
     * @param path an expression of type String, the parent path ({@code ""} for a parameter)
     */
    public Optional<CodeBlock> constraints(VariableElement variable, String name, CodeBlock value, CodeBlock path,
            CodeBlock violations) {
        List<Annotated> annotations = new ArrayList<>();
        for (AnnotationMirror mirror : variable.getAnnotationMirrors()) {
            annotations.add(new Annotated(mirror, variable));
        }
        if (annotations.stream().noneMatch(a -> a.typeName().startsWith("jakarta.validation.")
                || a.typeName().startsWith("javax.validation."))) {
            return Optional.empty(); // any parameter may be asked about: only constrained ones need a JSON type
        }
        try {
            JsonType json = jsonTypes.classify(variable.asType(), variable);
            Rules rules = validations.reader().read(annotations, json,
                    TypeDisplay.of(variable.asType()) + " " + name);
            if (rules.isEmpty()) {
                return Optional.empty();
            }
            Set<TypeElement> cascaded = new LinkedHashSet<>();
            CodeBlock checks = validations.checks(name, json, rules, value, path, violations, Optional.empty(),
                    cascaded);
            cascaded.forEach(this::requireValidator);
            return checks.isEmpty() ? Optional.empty() : Optional.of(checks);
        } catch (JsonProblem problem) {
            report(problem);
            return Optional.empty();
        }
    }

    /**
     * The JSON Schema of {@code type} (OpenAPI 3.1 / JSON Schema 2020-12), as an unmodifiable tree
     * of Map (ordered), List, String, Number and Boolean. Records are {@code $ref}s into
     * {@link #schemaComponents()}.
     */
    public Optional<Map<String, Object>> schema(TypeMirror type, Element at) {
        try {
            JsonType json = jsonTypes.classify(type, at);
            requireCodecs(json);
            return Optional.of(schemas.schema(json));
        } catch (JsonProblem problem) {
            report(problem);
            return Optional.empty();
        }
    }

    /** The schemas of every record referenced by {@link #schema} so far, by component name, sorted. */
    public SortedMap<String, Map<String, Object>> schemaComponents() {
        return schemas.components();
    }

    /** A schema tree as compact JSON text, in the tree's order. */
    public static String toJson(Object schemaTree) {
        return JsonText.write(schemaTree);
    }

    /** Whether any problem was reported as a compiler error. */
    public boolean failed() {
        return failed;
    }

    /** Writes every codec and validator asked for and not yet written, in name order. */
    public void writeAll(Filer filer) {
        Deque<TypeElement> pending = new ArrayDeque<>(validators);
        Set<TypeElement> allValidators = new LinkedHashSet<>(validators);
        Map<ClassName, Pending> files = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            TypeElement type = pending.pop();
            ObjectModel model = jsonTypes.model(type);
            if (written.contains(model.validator())) {
                continue;
            }
            try {
                Set<TypeElement> cascaded = new LinkedHashSet<>();
                files.put(model.validator(), new Pending(ValidatorWriter.write(model, validations.rules(type),
                        validations, cascaded), type));
                for (TypeElement next : cascaded) {
                    if (allValidators.add(next)) {
                        pending.add(next);
                    }
                }
            } catch (JsonProblem problem) {
                report(problem);
            }
        }
        for (TypeElement type : codecs) {
            ObjectModel model = jsonTypes.model(type);
            if (!written.contains(model.codec())) {
                files.put(model.codec(), new Pending(CodecWriter.write(model), type));
            }
        }
        files.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(ClassName::canonicalName)))
                .forEach(entry -> {
                    try {
                        entry.getValue().file().writeTo(filer);
                        written.add(entry.getKey());
                    } catch (IOException e) {
                        failed = true;
                        errors.report(Diagnostic.of(DiagnosticKind.WRITE_FAILED, entry.getValue().type(),
                                "could not write " + entry.getKey() + ": " + e.getMessage() + ".",
                                "Was it generated twice? Use one JsonSupport per compilation."));
                    }
                });
    }

    /** Every record and class reachable from {@code json} gets a codec; misplaced constraints are found now. */
    private void requireCodecs(JsonType json) throws JsonProblem {
        Deque<JsonType> todo = new ArrayDeque<>(List.of(json));
        while (!todo.isEmpty()) {
            switch (todo.pop()) {
                case ArrayOf array -> todo.push(array.element());
                case MapOf map -> todo.push(map.value());
                case OptionalOf optional -> todo.push(optional.value());
                case ObjectType object -> {
                    object.arguments().forEach(todo::push);
                    if (codecs.add(object.element())) {
                        validations.rules(object.element());
                        for (Property property : jsonTypes.model(object.element()).properties()) {
                            todo.push(property.json());
                        }
                    }
                }
                default -> {
                    // scalars and enums need no generated class
                }
            }
        }
    }

    private void requireValidator(TypeElement type) {
        validators.add(type);
    }

    private static String cascadeMethod(JsonType json) {
        return switch (json) {
            case ArrayOf array -> "validElements";
            case MapOf map -> "validValues";
            case OptionalOf optional -> "validPresent";
            default -> "valid";
        };
    }

    private void report(JsonProblem problem) {
        failed = true;
        if (reported.put(problem, Boolean.TRUE) != null) {
            return;
        }
        errors.report(problem.diagnostic());
    }

    private record Pending(JavaFile file, TypeElement type) {}
}
