package dev.aerie.processor.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads {@code @Entity} classes into {@link EntityModel}s. This is the only ORM class that sees
 * {@code javax.lang.model}; it remembers which element each model's origin names, so problems
 * found later can be reported on the right element ({@link #element(String)}).
 *
 * <p>Fields of a class entity are its non-static fields; it needs a non-private constructor whose
 * parameter names are field names (same types) and which takes every persistent field, in any
 * order. Values are read through a non-private accessor {@code x()}, {@code getX()} or (for
 * booleans) {@code isX()} returning the field's type, else through the field itself when it is not
 * private.
 */
final class EntityReader {
    static final String ENTITY = "dev.aerie.api.db.Entity";
    static final String ID = "dev.aerie.api.db.Id";
    static final String GENERATED_VALUE = "dev.aerie.api.db.GeneratedValue";
    static final String COLUMN = "dev.aerie.api.db.Column";
    static final String REFERENCES = "dev.aerie.api.db.References";
    static final String TRANSIENT = "dev.aerie.api.db.Transient";
    static final String INDEX = "dev.aerie.api.db.Index";
    static final String INDEXES = "dev.aerie.api.db.Indexes";
    static final String PROJECTION = "dev.aerie.api.db.Projection";

    private final Elements elements;
    private final Types types;
    private final Map<String, Element> origins = new HashMap<>();

    EntityReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The element an origin key names (an entity class or one of its fields). */
    Optional<Element> element(String origin) {
        return Optional.ofNullable(origins.get(origin));
    }

    EntityModel read(TypeElement type) {
        String origin = type.getQualifiedName().toString();
        origins.put(origin, type);
        AnnotationMirror entity = annotation(type, ENTITY).orElseThrow(
                () -> new IllegalArgumentException(type + " is not an @Entity"));
        String table = stringValue(entity, "table").filter(s -> !s.isBlank())
                .orElse(Names.snakeCase(type.getSimpleName().toString()));
        boolean isRecord = type.getKind() == ElementKind.RECORD;
        List<FieldModel> fields = isRecord ? recordFields(type, origin) : classFields(type, origin);
        Optional<List<String>> constructor = isRecord
                ? Optional.of(fields.stream().map(FieldModel::name).toList())
                : constructor(type, fields);
        return new EntityModel(classRef(type), origin, table, isRecord, fields, constructor, indexes(type),
                !type.getTypeParameters().isEmpty(), reachable(type));
    }

    /** A {@code @Projection}: a record whose components are read by snake_case (or {@code @Column(name)}) label. */
    ProjectionModel readProjection(TypeElement type) {
        String origin = type.getQualifiedName().toString();
        origins.put(origin, type);
        boolean isRecord = type.getKind() == ElementKind.RECORD;
        return new ProjectionModel(classRef(type), origin, isRecord, isRecord ? recordFields(type, origin) : List.of());
    }

    private List<FieldModel> recordFields(TypeElement type, String entityOrigin) {
        List<FieldModel> fields = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            // annotations land on the component, its accessor, field or parameter depending on their @Target
            List<Element> carriers = new ArrayList<>();
            carriers.add(component);
            carriers.add(component.getAccessor());
            ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                    .filter(f -> f.getSimpleName().contentEquals(name)).forEach(carriers::add);
            fields.add(field(entityOrigin, component, name, component.asType(), carriers,
                    Optional.of(new FieldModel.Accessor(name, true))));
        }
        return fields;
    }

    private List<FieldModel> classFields(TypeElement type, String entityOrigin) {
        List<FieldModel> fields = new ArrayList<>();
        for (VariableElement variable : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (variable.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            String name = variable.getSimpleName().toString();
            fields.add(field(entityOrigin, variable, name, variable.asType(), List.of(variable),
                    accessor(type, variable)));
        }
        return fields;
    }

    private FieldModel field(String entityOrigin, Element element, String name, TypeMirror type,
                             List<Element> carriers, Optional<FieldModel.Accessor> accessor) {
        String origin = entityOrigin + "#" + name;
        origins.put(origin, element);
        Optional<AnnotationMirror> column = annotation(carriers, COLUMN);
        Optional<AnnotationMirror> references = annotation(carriers, REFERENCES);
        Optional<TypeElement> target = references.flatMap(r -> value(r, "value"))
                .map(AnnotationValue::getValue)
                .filter(DeclaredType.class::isInstance)
                .map(t -> (TypeElement) ((DeclaredType) t).asElement());
        return new FieldModel(
                name,
                origin,
                javaType(type),
                column.flatMap(c -> stringValue(c, "name")).filter(s -> !s.isBlank()).orElse(Names.snakeCase(name)),
                carriers.stream().anyMatch(this::hasNullable),
                annotation(carriers, ID).isPresent(),
                annotation(carriers, GENERATED_VALUE).isPresent(),
                annotation(carriers, TRANSIENT).isPresent(),
                column.flatMap(c -> intValue(c, "length")).orElse(0),
                column.flatMap(c -> value(c, "unique")).map(v -> (Boolean) v.getValue()).orElse(false),
                column.flatMap(c -> intValue(c, "precision")).orElse(0),
                column.flatMap(c -> intValue(c, "scale")).orElse(-1),
                target.map(t -> t.getQualifiedName().toString()),
                target.flatMap(t -> annotation(t, ENTITY)).isPresent(),
                accessor);
    }

    private static boolean reachable(TypeElement type) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
        }
        return true;
    }

    /** Any annotation whose simple name is Nullable, on the declaration or on its type. */
    private boolean hasNullable(Element element) {
        TypeMirror type = element instanceof ExecutableElement method ? method.getReturnType() : element.asType();
        return element.getAnnotationMirrors().stream().anyMatch(EntityReader::isNullable)
                || type.getAnnotationMirrors().stream().anyMatch(EntityReader::isNullable);
    }

    private static boolean isNullable(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable");
    }

    private Optional<FieldModel.Accessor> accessor(TypeElement type, VariableElement field) {
        String name = field.getSimpleName().toString();
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        List<String> candidates = field.asType().getKind() == TypeKind.BOOLEAN
                ? List.of(name, "get" + capitalized, "is" + capitalized)
                : List.of(name, "get" + capitalized);
        Map<String, ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
                .filter(m -> m.getParameters().isEmpty())
                .filter(m -> !m.getModifiers().contains(Modifier.PRIVATE) && !m.getModifiers().contains(Modifier.STATIC))
                .filter(m -> types.isSameType(types.erasure(m.getReturnType()), types.erasure(field.asType())))
                .collect(Collectors.toMap(m -> m.getSimpleName().toString(), m -> m, (a, b) -> a));
        for (String candidate : candidates) {
            if (methods.containsKey(candidate)) {
                return Optional.of(new FieldModel.Accessor(candidate, true));
            }
        }
        return field.getModifiers().contains(Modifier.PRIVATE)
                ? Optional.empty()
                : Optional.of(new FieldModel.Accessor(name, false));
    }

    /** The non-private constructor taking the most fields by name, if it takes every persistent one. */
    private Optional<List<String>> constructor(TypeElement type, List<FieldModel> fields) {
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            return Optional.empty(); // an inner class needs an outer instance
        }
        Map<String, TypeMirror> fieldTypes = new HashMap<>();
        ElementFilter.fieldsIn(type.getEnclosedElements())
                .forEach(f -> fieldTypes.put(f.getSimpleName().toString(), f.asType()));
        List<String> persistent = fields.stream().filter(FieldModel::persistent).map(FieldModel::name).toList();
        Optional<List<String>> best = Optional.empty();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            boolean matches = true;
            for (VariableElement parameter : constructor.getParameters()) {
                String name = parameter.getSimpleName().toString();
                TypeMirror fieldType = fieldTypes.get(name);
                if (fieldType == null || !types.isSameType(types.erasure(fieldType), types.erasure(parameter.asType()))) {
                    matches = false;
                    break;
                }
                names.add(name);
            }
            if (matches && names.containsAll(persistent)
                    && (best.isEmpty() || best.get().size() < names.size())) {
                best = Optional.of(names);
            }
        }
        return best;
    }

    private List<IndexModel> indexes(TypeElement type) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        annotation(type, INDEX).ifPresent(mirrors::add);
        annotation(type, INDEXES).flatMap(c -> value(c, "value")).ifPresent(v -> {
            for (Object each : (List<?>) v.getValue()) {
                mirrors.add((AnnotationMirror) ((AnnotationValue) each).getValue());
            }
        });
        List<IndexModel> indexes = new ArrayList<>();
        for (AnnotationMirror index : mirrors) {
            List<String> fields = value(index, "value").map(v -> ((List<?>) v.getValue()).stream()
                            .map(each -> (String) ((AnnotationValue) each).getValue()).toList())
                    .orElse(List.of());
            indexes.add(new IndexModel(
                    fields,
                    value(index, "unique").map(v -> (Boolean) v.getValue()).orElse(false),
                    stringValue(index, "name").filter(s -> !s.isBlank())));
        }
        return indexes;
    }

    private JavaType javaType(TypeMirror type) {
        switch (type.getKind()) {
            case INT: return JavaType.of(ValueKind.INT, true, "int");
            case LONG: return JavaType.of(ValueKind.LONG, true, "long");
            case SHORT: return JavaType.of(ValueKind.SHORT, true, "short");
            case BOOLEAN: return JavaType.of(ValueKind.BOOLEAN, true, "boolean");
            case DOUBLE: return JavaType.of(ValueKind.DOUBLE, true, "double");
            case FLOAT: return JavaType.of(ValueKind.FLOAT, true, "float");
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                return component.getKind() == TypeKind.BYTE
                        ? JavaType.of(ValueKind.BYTES, false, "byte[]")
                        : JavaType.unsupported(display(component) + "[]");
            case DECLARED:
                TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
                if (element.getKind() == ElementKind.ENUM) {
                    return JavaType.ofEnum(classRef(element));
                }
                String name = element.getQualifiedName().toString();
                Optional<ValueKind> kind = Optional.ofNullable(switch (name) {
                    case "java.lang.String" -> ValueKind.STRING;
                    case "java.lang.Integer" -> ValueKind.INT;
                    case "java.lang.Long" -> ValueKind.LONG;
                    case "java.lang.Short" -> ValueKind.SHORT;
                    case "java.lang.Boolean" -> ValueKind.BOOLEAN;
                    case "java.lang.Double" -> ValueKind.DOUBLE;
                    case "java.lang.Float" -> ValueKind.FLOAT;
                    case "java.math.BigDecimal" -> ValueKind.BIG_DECIMAL;
                    case "java.util.UUID" -> ValueKind.UUID;
                    case "java.time.LocalDate" -> ValueKind.LOCAL_DATE;
                    case "java.time.LocalDateTime" -> ValueKind.LOCAL_DATE_TIME;
                    case "java.time.Instant" -> ValueKind.INSTANT;
                    case "java.time.OffsetDateTime" -> ValueKind.OFFSET_DATE_TIME;
                    default -> null;
                });
                return kind.map(k -> JavaType.of(k, false, name)).orElse(JavaType.unsupported(display(type)));
            default:
                return JavaType.unsupported(display(type));
        }
    }

    /** The type as written, without type annotations (javac's toString includes them). */
    private String display(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return name;
            }
            return name + declared.getTypeArguments().stream().map(this::display)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return display(((ArrayType) type).getComponentType()) + "[]";
        }
        return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(java.util.Locale.ROOT) : type.toString();
    }

    private JavaType.ClassRef classRef(TypeElement type) {
        List<String> simpleNames = new ArrayList<>();
        Element current = type;
        while (current instanceof TypeElement) {
            simpleNames.add(0, current.getSimpleName().toString());
            current = current.getEnclosingElement();
        }
        String packageName = elements.getPackageOf(type) instanceof PackageElement p ? p.getQualifiedName().toString() : "";
        return new JavaType.ClassRef(packageName, simpleNames);
    }

    private static Optional<AnnotationMirror> annotation(List<Element> carriers, String qualifiedName) {
        return carriers.stream().map(e -> annotation(e, qualifiedName)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<AnnotationMirror> annotation(Element element, String qualifiedName) {
        return element.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName))
                .map(m -> (AnnotationMirror) m)
                .findFirst();
    }

    private static Optional<AnnotationValue> value(AnnotationMirror mirror, String name) {
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(name))
                .map(e -> (AnnotationValue) e.getValue())
                .findFirst();
    }

    private static Optional<String> stringValue(AnnotationMirror mirror, String name) {
        return value(mirror, name).map(v -> (String) v.getValue());
    }

    private static Optional<Integer> intValue(AnnotationMirror mirror, String name) {
        return value(mirror, name).map(v -> (Integer) v.getValue());
    }

}
