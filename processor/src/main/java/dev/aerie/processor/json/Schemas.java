package dev.aerie.processor.json;

import dev.aerie.processor.json.ConstraintReader.Rules;
import dev.aerie.processor.json.JsonType.ArrayOf;
import dev.aerie.processor.json.JsonType.EnumType;
import dev.aerie.processor.json.JsonType.MapOf;
import dev.aerie.processor.json.JsonType.ObjectType;
import dev.aerie.processor.json.JsonType.OptionalOf;
import dev.aerie.processor.json.JsonType.Scalar;
import dev.aerie.processor.json.JsonType.TypeParameter;
import dev.aerie.processor.json.ObjectModel.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) of JSON types: trees of maps, lists, strings,
 * numbers and booleans in a fixed order. Records and classes become components referenced with
 * {@code $ref: #/components/schemas/Name}.
 */
final class Schemas {
    private static final String REF_PREFIX = "#/components/schemas/";

    private final JsonTypes jsonTypes;
    private final Validations validations;
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final SortedMap<String, Map<String, Object>> components = new TreeMap<>();

    Schemas(JsonTypes jsonTypes, Validations validations) {
        this.jsonTypes = jsonTypes;
        this.validations = validations;
    }

    /** Every component referenced so far, by name. */
    SortedMap<String, Map<String, Object>> components() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(components));
    }

    Map<String, Object> schema(JsonType type) throws JsonProblem {
        return freeze(base(type, List.of()));
    }

    /** @param bindings the JSON types of the type parameters of the generic record being described */
    private Map<String, Object> base(JsonType type, List<JsonType> bindings) throws JsonProblem {
        Map<String, Object> schema = new LinkedHashMap<>();
        switch (type) {
            case Scalar scalar -> {
                schema.put("type", scalar.builtin().schemaType);
                if (scalar.builtin() == Builtin.BYTES) {
                    schema.put("contentEncoding", "base64");
                } else if (scalar.builtin().schemaFormat != null) {
                    schema.put("format", scalar.builtin().schemaFormat);
                }
            }
            case EnumType e -> {
                schema.put("type", "string");
                schema.put("enum", e.element().getEnclosedElements().stream()
                        .filter(c -> c.getKind() == ElementKind.ENUM_CONSTANT)
                        .map(c -> c.getSimpleName().toString())
                        .toList());
            }
            case ArrayOf array -> {
                schema.put("type", "array");
                schema.put("items", base(array.element(), bindings));
                if (array.set()) {
                    schema.put("uniqueItems", true);
                }
            }
            case MapOf map -> {
                schema.put("type", "object");
                schema.put("additionalProperties", base(map.value(), bindings));
            }
            case OptionalOf optional -> {
                return nullable(base(optional.value(), bindings));
            }
            case ObjectType object -> {
                List<JsonType> arguments = new ArrayList<>();
                for (JsonType argument : object.arguments()) {
                    arguments.add(argument instanceof TypeParameter p ? bindings.get(p.index()) : argument);
                }
                schema.put("$ref", REF_PREFIX + component(object.element(), arguments));
            }
            case TypeParameter parameter -> {
                return base(bindings.get(parameter.index()), List.of());
            }
        }
        return schema;
    }

    /** The component of {@code element}, one per list of type arguments ({@code Page_Book}). */
    private String component(TypeElement element, List<JsonType> arguments) throws JsonProblem {
        String key = element.getQualifiedName() + arguments.stream().map(a -> "," + TypeDisplay.of(a.mirror()))
                .collect(java.util.stream.Collectors.joining());
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        String suffix = arguments.stream().map(a -> "_" + TypeDisplay.of(a.mirror()).replaceAll("[^A-Za-z0-9.]+", "_"))
                .collect(java.util.stream.Collectors.joining()).replaceAll("_+$", "");
        String name = JsonTypes.displayName(element) + suffix;
        if (!taken.add(name)) {
            name = element.getQualifiedName() + suffix;
            taken.add(name);
        }
        names.put(key, name);
        ObjectModel model = jsonTypes.model(element);
        Map<Property, Rules> rules = validations.rules(element);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Property property : model.properties()) {
            Map<String, Object> schema = base(property.json(), arguments);
            constrain(schema, property.json(), rules.get(property));
            boolean optional = property.nullable() || property.json() instanceof OptionalOf;
            properties.put(property.name(), property.nullable() ? nullable(schema) : schema);
            if (!optional) {
                required.add(property.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        components.put(name, freeze(schema));
        return name;
    }

    private static void constrain(Map<String, Object> schema, JsonType type, Rules rules) {
        String unit = type instanceof ArrayOf ? "Items" : type instanceof MapOf ? "Properties" : "Length";
        for (Constraint constraint : rules.constraints()) {
            switch (constraint.kind()) {
                case NOT_BLANK, NOT_EMPTY -> schema.put("min" + unit, 1);
                case SIZE -> {
                    if (constraint.intValue("min") > 0) {
                        schema.put("min" + unit, constraint.intValue("min"));
                    }
                    if (constraint.intValue("max") < Integer.MAX_VALUE) {
                        schema.put("max" + unit, constraint.intValue("max"));
                    }
                }
                case MIN -> schema.put("minimum", constraint.longValue("value"));
                case MAX -> schema.put("maximum", constraint.longValue("value"));
                case POSITIVE -> schema.put("exclusiveMinimum", 0);
                case POSITIVE_OR_ZERO -> schema.put("minimum", 0);
                case NEGATIVE -> schema.put("exclusiveMaximum", 0);
                case NEGATIVE_OR_ZERO -> schema.put("maximum", 0);
                case EMAIL -> schema.put("format", "email");
                case PATTERN -> schema.put("pattern", constraint.stringValue("regexp"));
                case NOT_NULL -> {
                    // required already says it
                }
            }
        }
    }

    /** {@code schema} that also allows null: {@code type: [t, "null"]}, or anyOf for references. */
    private static Map<String, Object> nullable(Map<String, Object> schema) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (schema.get("type") instanceof String type) {
            result.putAll(schema);
            result.put("type", List.of(type, "null"));
        } else {
            result.put("anyOf", List.of(schema, Map.of("type", "null")));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeze(Map<String, Object> tree) {
        Map<String, Object> copy = new LinkedHashMap<>();
        tree.forEach((key, value) -> copy.put(key, freezeValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freezeValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freeze((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list.stream().map(Schemas::freezeValue).toList());
        }
        return value;
    }
}
