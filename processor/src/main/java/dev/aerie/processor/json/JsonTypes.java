package dev.aerie.processor.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeVariableName;
import dev.aerie.processor.codegen.GeneratedClass;
import dev.aerie.processor.json.JsonType.ArrayOf;
import dev.aerie.processor.json.JsonType.EnumType;
import dev.aerie.processor.json.JsonType.MapOf;
import dev.aerie.processor.json.JsonType.ObjectType;
import dev.aerie.processor.json.JsonType.OptionalOf;
import dev.aerie.processor.json.JsonType.Scalar;
import dev.aerie.processor.json.JsonType.TypeParameter;
import dev.aerie.processor.json.ObjectModel.Annotated;
import dev.aerie.processor.json.ObjectModel.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps Java types to {@link JsonType}s and reads records and classes into {@link ObjectModel}s,
 * once each. The rules for classes: a non-abstract, non-generic, top-level or static nested class
 * whose non-private constructor with the most parameters (there must be exactly one such) has,
 * for every parameter {@code p}, a non-private no-argument method {@code p()}, {@code getP()} or
 * (for boolean) {@code isP()} returning the parameter's type.
 */
final class JsonTypes {
    static final String SUPPORTED = "Supported: String, boolean, int, long, short, byte, double, float and "
            + "their boxes, BigDecimal, BigInteger, UUID, LocalDate, LocalDateTime, Instant, OffsetDateTime, "
            + "byte[], enums, records, classes whose constructor parameters all have getters, and List<T>, "
            + "Set<T>, Map<String, T> and Optional<T> of those.";
    private static final int MAX_PROPERTIES = 64;

    private final Elements elements;
    private final Types types;
    private final Map<TypeElement, ObjectModel> models = new LinkedHashMap<>();
    private final Map<TypeElement, JsonProblem> failures = new HashMap<>();
    private final Set<TypeElement> building = new HashSet<>();

    JsonTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The model of a type {@link #classify} returned as an {@link ObjectType}. */
    ObjectModel model(TypeElement element) {
        ObjectModel model = models.get(element);
        if (model == null) {
            throw new IllegalStateException("no model for " + element + " (still being read?)");
        }
        return model;
    }

    /** How {@code type} maps to JSON; {@code at} is blamed when {@code type} itself is unsupported. */
    JsonType classify(TypeMirror type, Element at) throws JsonProblem {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            Optional<Builtin> box = Builtin.boxOf(kind);
            if (box.isEmpty()) {
                throw unsupported(type, at, "char has no JSON form; use String");
            }
            return new Scalar(type, box.get(), kind);
        }
        if (kind == TypeKind.ARRAY) {
            if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                return new Scalar(type, Builtin.BYTES, TypeKind.NONE);
            }
            throw unsupported(type, at, "arrays other than byte[] are not supported; use List");
        }
        if (kind == TypeKind.TYPEVAR) {
            return typeParameter((TypeVariable) type, at);
        }
        if (kind == TypeKind.ERROR) {
            throw new JsonProblem("type " + type + " is unknown here: if another annotation processor generates it, "
                    + "JSON binding cannot use it yet;", "declare it in source", at);
        }
        if (kind != TypeKind.DECLARED) {
            throw unsupported(type, at, "it is not a concrete type");
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        Optional<Builtin> builtin = Builtin.named(name);
        if (builtin.isPresent()) {
            return new Scalar(type, builtin.get(), TypeKind.NONE);
        }
        switch (name) {
            case "java.util.List", "java.util.Set" -> {
                return new ArrayOf(type, name.equals("java.util.Set"), classify(onlyArgument(declared, at), at));
            }
            case "java.util.Optional" -> {
                return new OptionalOf(type, classify(onlyArgument(declared, at), at));
            }
            case "java.util.Map" -> {
                List<? extends TypeMirror> arguments = declared.getTypeArguments();
                if (arguments.size() != 2 || !isString(arguments.get(0))) {
                    throw unsupported(type, at, "maps must have String keys, as in Map<String, T>");
                }
                return new MapOf(type, classify(concrete(arguments.get(1), type, at), at));
            }
            default -> {
                // fall through to enums and objects
            }
        }
        if (element.getKind() == ElementKind.ENUM) {
            requireVisible(element, type, at);
            return new EnumType(type, element);
        }
        if (element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.CLASS) {
            if (name.startsWith("java.") || name.startsWith("javax.")) {
                throw unsupported(type, at, "it is a JDK class without a built-in JSON form");
            }
            if (!element.getTypeParameters().isEmpty()) {
                if (declared.getTypeArguments().size() != element.getTypeParameters().size()) {
                    throw unsupported(type, at, "raw types have no element type; add the type arguments");
                }
                if (building.contains(element)) {
                    throw new JsonProblem("generic type " + displayName(element) + " refers to itself: recursive "
                            + "generic types cannot be read or written as JSON yet;", "make the recursive part "
                            + "a non-generic record", at);
                }
            }
            readObject(element, type, at);
            List<JsonType> arguments = new ArrayList<>();
            for (TypeMirror argument : declared.getTypeArguments()) {
                arguments.add(classify(concrete(argument, type, at), at));
            }
            return new ObjectType(type, element, generatedName(element, GeneratedClass.JSON_CODEC),
                    generatedName(element, GeneratedClass.VALIDATOR), List.copyOf(arguments));
        }
        throw unsupported(type, at, "interfaces and annotations have no JSON form of their own");
    }

    /** A type variable is only meaningful inside the generic record declaring it, while it is read. */
    private JsonType typeParameter(TypeVariable variable, Element at) throws JsonProblem {
        Element owner = variable.asElement().getEnclosingElement();
        if (owner instanceof TypeElement generic && building.contains(generic)) {
            int index = generic.getTypeParameters().indexOf(variable.asElement());
            return new TypeParameter(variable, variable.asElement().getSimpleName().toString(), index);
        }
        throw new JsonProblem("type variable " + variable + " cannot be read or written as JSON:", "use a concrete type "
                + "(a route cannot return or take a generic type parameter)", at);
    }

    private void readObject(TypeElement element, TypeMirror type, Element at) throws JsonProblem {
        JsonProblem failed = failures.get(element);
        if (failed != null) {
            throw failed;
        }
        if (models.containsKey(element) || building.contains(element)) {
            return;
        }
        building.add(element);
        try {
            models.put(element, buildModel(element, type, at));
        } catch (JsonProblem problem) {
            failures.put(element, problem);
            throw problem;
        } finally {
            building.remove(element);
        }
    }

    private ObjectModel buildModel(TypeElement element, TypeMirror type, Element at) throws JsonProblem {
        String display = displayName(element);
        requireVisible(element, type, at);
        if (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)
                && element.getKind() == ElementKind.CLASS) {
            throw new JsonProblem("inner class " + display + " needs an outer instance to be created:",
                    "make it static", element);
        }
        if (element.getModifiers().contains(Modifier.ABSTRACT)) {
            throw new JsonProblem("abstract class " + display + " cannot be created from JSON:",
                    "use a record or a concrete class", element);
        }
        List<Property> properties = element.getKind() == ElementKind.RECORD
                ? recordProperties(element)
                : classProperties(element, display);
        if (properties.size() > MAX_PROPERTIES) {
            throw new JsonProblem(display + " has " + properties.size() + " properties; JSON binding supports at most "
                    + MAX_PROPERTIES + ":", "split it into nested records", element);
        }
        List<TypeVariableName> variables = element.getTypeParameters().stream().map(TypeVariableName::get).toList();
        return new ObjectModel(element, ClassName.get(element), variables, generatedName(element, GeneratedClass.JSON_CODEC),
                generatedName(element, GeneratedClass.VALIDATOR), isReachable(element), List.copyOf(properties));
    }

    private List<Property> recordProperties(TypeElement record) throws JsonProblem {
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        ExecutableElement canonical = canonicalConstructor(record, components);
        List<Property> properties = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            RecordComponentElement component = components.get(i);
            String name = component.getSimpleName().toString();
            ExecutableElement accessor = component.getAccessor();
            List<Element> declarations = new ArrayList<>();
            declarations.add(component);
            field(record, name).ifPresent(declarations::add);
            declarations.add(accessor);
            if (canonical != null) {
                declarations.add(canonical.getParameters().get(i));
            }
            properties.add(property(name, accessor.getSimpleName().toString(), component.asType(), component,
                    declarations));
        }
        return properties;
    }

    private ExecutableElement canonicalConstructor(TypeElement record,
            List<? extends RecordComponentElement> components) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
            List<? extends VariableElement> parameters = constructor.getParameters();
            if (parameters.size() != components.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < parameters.size() && same; i++) {
                same = types.isSameType(types.erasure(parameters.get(i).asType()),
                        types.erasure(components.get(i).asType()));
            }
            if (same) {
                return constructor;
            }
        }
        return null;
    }

    private List<Property> classProperties(TypeElement type, String display) throws JsonProblem {
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE))
                .toList();
        int most = constructors.stream().mapToInt(c -> c.getParameters().size()).max().orElse(-1);
        List<ExecutableElement> widest = constructors.stream().filter(c -> c.getParameters().size() == most).toList();
        if (most <= 0) {
            throw new JsonProblem(display + " cannot be created from JSON: it needs a non-private constructor "
                    + "taking every property;", "add one (or make it a record)", type);
        }
        if (widest.size() > 1) {
            throw new JsonProblem(display + " has " + widest.size() + " constructors with " + most
                    + " parameters; JSON binding uses the one with the most parameters, which must be unique;",
                    "remove a parameter from one of them, or make it a record", type);
        }
        ExecutableElement constructor = widest.get(0);
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
        List<Property> properties = new ArrayList<>();
        for (VariableElement parameter : constructor.getParameters()) {
            String name = parameter.getSimpleName().toString();
            ExecutableElement getter = getter(methods, name, parameter.asType()).orElseThrow(() -> new JsonProblem(
                    display + " has no getter for constructor parameter " + name + ":", "add a method " + name
                            + "() or " + beanName(name, parameter.asType()) + "() returning "
                            + TypeDisplay.of(parameter.asType())
                            + (name.matches("arg[0-9]+") ? " (or compile " + display + " with -parameters)" : ""),
                    parameter));
            List<Element> declarations = new ArrayList<>();
            declarations.add(parameter);
            field(type, name).ifPresent(declarations::add);
            declarations.add(getter);
            properties.add(property(name, getter.getSimpleName().toString(), parameter.asType(), parameter,
                    declarations));
        }
        return properties;
    }

    private Property property(String name, String accessor, TypeMirror type, Element element,
            List<Element> declarations) throws JsonProblem {
        List<Annotated> annotations = annotations(declarations, type);
        boolean nullable = annotations.stream().anyMatch(a -> a.typeName().endsWith(".Nullable")
                || a.typeName().equals("Nullable"));
        if (nullable && type.getKind().isPrimitive()) {
            throw new JsonProblem("@Nullable " + TypeDisplay.of(type) + " " + name + " can never be null:", "use "
                    + types.boxedClass((javax.lang.model.type.PrimitiveType) type).getSimpleName()
                    + " to make it optional, or remove @Nullable", element);
        }
        rejectTypeArgumentConstraints(type, name, element);
        JsonType json = classify(type, element);
        return new Property(name, accessor, type, json, nullable, element, annotations);
    }

    /** {@code Optional<@Email String>}: container element constraints would be silently ignored, so refuse them. */
    private static void rejectTypeArgumentConstraints(TypeMirror type, String name, Element element)
            throws JsonProblem {
        if (type.getKind() != TypeKind.DECLARED) {
            return;
        }
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
            for (AnnotationMirror mirror : argument.getAnnotationMirrors()) {
                String annotation = mirror.getAnnotationType().toString();
                if (annotation.startsWith("jakarta.validation.")) {
                    throw new JsonProblem("@" + annotation.substring(annotation.lastIndexOf('.') + 1)
                            + " on a type argument of " + name + " is not supported: constraints apply to "
                            + "properties and parameters only;", "use @Valid with a record for elements", element);
                }
            }
            rejectTypeArgumentConstraints(argument, name, element);
        }
    }

    /** Annotations of every declaration and of the type, the first of each annotation type kept. */
    private static List<Annotated> annotations(List<Element> declarations, TypeMirror type) {
        Map<String, Annotated> found = new LinkedHashMap<>();
        for (Element declaration : declarations) {
            for (AnnotationMirror mirror : declaration.getAnnotationMirrors()) {
                Annotated annotated = new Annotated(mirror, declaration);
                found.putIfAbsent(annotated.typeName(), annotated);
            }
        }
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            Annotated annotated = new Annotated(mirror, declarations.get(0));
            found.putIfAbsent(annotated.typeName(), annotated);
        }
        return List.copyOf(found.values());
    }

    private Optional<ExecutableElement> getter(List<ExecutableElement> methods, String name, TypeMirror type) {
        List<String> candidates = List.of(name, beanName(name, type), "get" + capitalized(name));
        for (String candidate : candidates) {
            for (ExecutableElement method : methods) {
                if (method.getSimpleName().contentEquals(candidate) && method.getParameters().isEmpty()
                        && !method.getModifiers().contains(Modifier.PRIVATE)
                        && !method.getModifiers().contains(Modifier.STATIC)
                        && types.isSameType(method.getReturnType(), type)) {
                    return Optional.of(method);
                }
            }
        }
        return Optional.empty();
    }

    private static String beanName(String name, TypeMirror type) {
        return (type.getKind() == TypeKind.BOOLEAN ? "is" : "get") + capitalized(name);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Optional<VariableElement> field(TypeElement type, String name) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals(name) && !f.getModifiers().contains(Modifier.STATIC))
                .findFirst();
    }

    private TypeMirror onlyArgument(DeclaredType type, Element at) throws JsonProblem {
        if (type.getTypeArguments().size() != 1) {
            throw unsupported(type, at, "raw types have no element type; add the type argument");
        }
        return concrete(type.getTypeArguments().get(0), type, at);
    }

    private TypeMirror concrete(TypeMirror argument, TypeMirror container, Element at) throws JsonProblem {
        if (argument.getKind() != TypeKind.DECLARED && argument.getKind() != TypeKind.ARRAY
                && argument.getKind() != TypeKind.TYPEVAR) {
            throw unsupported(container, at, "type arguments must be concrete types, not " + TypeDisplay.of(argument));
        }
        return argument;
    }

    private boolean isString(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
                        .contentEquals("java.lang.String");
    }

    private static void requireVisible(TypeElement element, TypeMirror type, Element at) throws JsonProblem {
        for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                throw new JsonProblem("private type " + displayName(element) + " cannot be read or written as "
                        + "JSON: generated code in package " + packageOf(element) + " must see it;", "make it "
                        + "package-private or public", at);
            }
            NestingKind nesting = ((TypeElement) e).getNestingKind();
            if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
                throw new JsonProblem("local type " + displayName(element) + " cannot be read or written as JSON:",
                        "declare it at the top level or as a member", at);
            }
        }
    }

    private static boolean isReachable(TypeElement element) {
        for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static JsonProblem unsupported(TypeMirror type, Element at, String why) {
        return new JsonProblem("type " + TypeDisplay.of(type) + " cannot be read or written as JSON: " + why + ".",
                SUPPORTED, at);
    }

    static String displayName(TypeElement element) {
        return String.join(".", ClassName.get(element).simpleNames());
    }

    static String packageOf(TypeElement element) {
        return ClassName.get(element).packageName();
    }

    /** {@code p.Outer_Inner_JsonCodec} for {@code p.Outer.Inner}. */
    static ClassName generatedName(TypeElement element, GeneratedClass kind) {
        return kind.of(ClassName.get(element));
    }
}
