package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Controller} class into a {@link ControllerModel}, reporting every mistake on the
 * element that has it (and going on, so one compilation shows them all).
 */
final class ControllerReader {
    static final String API = "dev.aerie.api.http.";
    private static final List<String> METHODS = List.of("Get", "Post", "Put", "Patch", "Delete");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");
    /** Return types of asynchronous code, which a synchronous handler cannot return. */
    private static final Set<String> ASYNC = Set.of("java.util.concurrent.CompletableFuture",
            "java.util.concurrent.CompletionStage", "java.util.concurrent.Future", "java.util.concurrent.Flow.Publisher",
            "io.helidon.common.reactive.Single", "io.helidon.common.reactive.Multi", "io.smallrye.mutiny.Uni",
            "io.smallrye.mutiny.Multi", "io.vertx.core.Future", "reactor.core.publisher.Mono", "reactor.core.publisher.Flux");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Consumer<Diagnostic> error;
    private final Predicate<TypeMirror> injectable;

    /**
     * @param error      reports a compile error
     * @param injectable whether a type is bound in the application graph (then a parameter of
     *                   that type is injected rather than read from the request)
     */
    ControllerReader(Consumer<Diagnostic> error, Predicate<TypeMirror> injectable) {
        this.error = error;
        this.injectable = injectable;
    }

    ControllerModel read(TypeElement controller) {
        String base = normalize(annotation(controller, "Controller").flatMap(a -> stringValue(a, "value")).orElse(""));
        if (controller.getModifiers().contains(Modifier.PRIVATE)) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_CONTROLLER, controller,
                    "@Controller class " + controller.getSimpleName() + " is private;",
                    "make it package-private or public "
                    + "so the generated routes can call it"));
        }
        List<RouteModel> routes = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(controller.getEnclosedElements())) {
            List<AnnotationMirror> mappings = METHODS.stream().flatMap(m -> annotation(method, m).stream()).toList();
            if (mappings.isEmpty()) {
                continue;
            }
            if (mappings.size() > 1) {
                error.accept(Diagnostic.of(DiagnosticKind.BAD_ROUTE, method,
                        "Method " + method.getSimpleName() + " has several HTTP method annotations;",
                        "keep one "
                        + "and write another method for the other HTTP method"));
                continue;
            }
            readRoute(base, method, mappings.get(0)).ifPresent(routes::add);
        }
        return new ControllerModel(controller, ClassName.get(controller), base, List.copyOf(routes));
    }

    private Optional<RouteModel> readRoute(String base, ExecutableElement method, AnnotationMirror mapping) {
        String httpMethod = ((TypeElement) mapping.getAnnotationType().asElement()).getSimpleName().toString()
                .toUpperCase(java.util.Locale.ROOT);
        String path = join(base, stringValue(mapping, "value").orElse(""));
        boolean ok = true;
        if (method.getModifiers().contains(Modifier.PRIVATE) || method.getModifiers().contains(Modifier.STATIC)) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_ROUTE, method,
                    "Route method " + method.getSimpleName() + " must not be private or static: the generated "
                    + "routes call it on the controller instance;", "make it an instance method that is not private."));
            ok = false;
        }
        Set<String> variables = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(path);
        String route = httpMethod + " " + path + " of " + method.getEnclosingElement().getSimpleName() + "."
                + method.getSimpleName();
        while (matcher.find()) {
            String variable = matcher.group(1);
            if (!VARIABLE_NAME.matcher(variable).matches()) {
                error.accept(atPath(Diagnostic.of(DiagnosticKind.BAD_PATH, method, "Path " + path + " of "
                        + method.getSimpleName() + " has an invalid variable {" + variable + "};",
                        "write {name} with a Java identifier as the name."), mapping));
                ok = false;
            } else if (!variables.add(variable)) {
                error.accept(atPath(Diagnostic.of(DiagnosticKind.BAD_PATH, method, "Path " + path + " of "
                        + method.getSimpleName() + " names {" + variable + "} twice.", "Give each variable its own name"
                        + " (e.g. {" + variable + "} and {" + variable + "2}) and a parameter for each."), mapping));
                ok = false;
            }
        }
        List<ParamModel> params = new ArrayList<>();
        Set<String> bound = new LinkedHashSet<>();
        for (VariableElement parameter : method.getParameters()) {
            Optional<ParamModel> param = readParam(path, variables, parameter, params);
            if (param.isEmpty()) {
                ok = false;
                claimed(parameter, variables).ifPresent(bound::add); // its error was reported: no "has no parameter" too
                continue;
            }
            params.add(param.get());
            if (param.get() instanceof ParamModel.PathVariable variable) {
                bound.add(variable.variable());
            }
        }
        for (String variable : variables) {
            if (!bound.contains(variable)) {
                error.accept(atPath(Diagnostic.of(DiagnosticKind.BAD_PATH, method, "Path variable {" + variable + "} of "
                        + httpMethod + " " + path + " has no parameter;", "add a parameter named " + variable
                        + " (or annotated @PathParam(\"" + variable + "\")) to " + method.getSimpleName() + "."), mapping));
                ok = false;
            }
        }
        Optional<RouteModel.Result> result = readResult(method, route);
        int status = annotation(method, "Status").flatMap(a -> intValue(a, "value"))
                .orElse(result.filter(RouteModel.Result.Empty.class::isInstance).isPresent() ? 204 : 200);
        if (status < 200 || status > 299) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_ROUTE, method,
                    "@Status(" + status + ") on " + method.getSimpleName() + " is not a success status;",
                    "use 2xx, "
                    + "and throw an HttpException for errors"));
            ok = false;
        }
        if (!ok || result.isEmpty()) {
            return Optional.empty();
        }
        List<GuardModel> guards = new ArrayList<>(GuardModel.on(method.getEnclosingElement(), Optional.empty()));
        guards.addAll(GuardModel.on(method, Optional.empty()));
        List<GuardModel> interceptors = new ArrayList<>(GuardModel.on(method.getEnclosingElement(), Optional.empty(),
                GuardModel.INTERCEPTED));
        interceptors.addAll(GuardModel.on(method, Optional.empty(), GuardModel.INTERCEPTED));
        List<String> annotations = java.util.stream.Stream.concat(method.getEnclosingElement().getAnnotationMirrors().stream(),
                        method.getAnnotationMirrors().stream())
                .map(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString())
                .distinct().sorted().toList();
        Map<String, List<String>> values = new TreeMap<>();
        textValues(method.getEnclosingElement(), values);
        textValues(method, values);
        return Optional.of(new RouteModel(method, httpMethod, path, List.copyOf(params), result.get(), status,
                List.copyOf(guards), List.copyOf(interceptors), annotations, values));
    }

    /**
     * Puts the {@code String} or {@code String[]} {@code value} of each annotation on {@code element} into
     * {@code values}, but for Aerie's and Java's own (a path is no guard's business).
     */
    private static void textValues(Element element, Map<String, List<String>> values) {
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            String type = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
            if (type.startsWith("dev.aerie.api.") || type.startsWith("java.")) {
                continue;
            }
            annotation.getElementValues().forEach((name, value) -> {
                if (!name.getSimpleName().contentEquals("value")) {
                    return;
                }
                List<String> texts = new ArrayList<>();
                if (value.getValue() instanceof String text) {
                    texts.add(text);
                } else if (value.getValue() instanceof List<?> list) {
                    for (Object item : list) {
                        if (!(((AnnotationValue) item).getValue() instanceof String text)) {
                            return;
                        }
                        texts.add(text);
                    }
                } else {
                    return;
                }
                values.put(type, List.copyOf(texts));
            });
        }
    }

    private Optional<ParamModel> readParam(String path, Set<String> variables, VariableElement parameter,
                                           List<ParamModel> before) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        if (type.getKind() == TypeKind.ERROR) {
            return Optional.empty(); // javac reports the unknown type itself
        }
        Optional<AnnotationMirror> pathParam = annotation(parameter, "PathParam");
        Optional<AnnotationMirror> queryParam = annotation(parameter, "QueryParam");
        Optional<AnnotationMirror> header = annotation(parameter, "Header");
        Optional<AnnotationMirror> cookie = annotation(parameter, "Cookie");
        boolean body = annotation(parameter, "Body").isPresent();
        if (annotation(parameter, "Form").isPresent()) {
            return formBody(parameter, type, annotationNamed(parameter, "jakarta.validation.Valid").isPresent(), before);
        }
        boolean valid = annotationNamed(parameter, "jakarta.validation.Valid").isPresent();
        if (pathParam.isPresent()) {
            String variable = stringValue(pathParam.get(), "value").filter(s -> !s.isEmpty()).orElse(name);
            if (!variables.contains(variable)) {
                error.accept(Diagnostic.of(DiagnosticKind.BAD_PATH, parameter,
                        "Parameter " + name + " is bound to path variable {" + variable + "}, but path " + path
                        + " has no such variable;",
                        "add {" + variable + "} to the path or fix the name"));
                return Optional.empty();
            }
            return pathVariable(parameter, variable, type);
        }
        if (queryParam.isPresent() || header.isPresent() || cookie.isPresent()) {
            ParamModel.In in = header.isPresent() ? ParamModel.In.HEADER
                    : cookie.isPresent() ? ParamModel.In.COOKIE : ParamModel.In.QUERY;
            AnnotationMirror annotation = header.or(() -> cookie).orElseGet(queryParam::get);
            String key = stringValue(annotation, "value").filter(s -> !s.isEmpty()).orElse(name);
            Optional<String> defaultValue = in != ParamModel.In.QUERY ? Optional.empty()
                    : stringValue(annotation, "defaultValue").filter(s -> !s.isEmpty());
            return named(parameter, in, key, type, defaultValue, true);
        }
        if (body) {
            return jsonBody(parameter, type, valid, before);
        }
        String qualified = qualifiedName(type);
        if (qualified.equals("io.helidon.webserver.http.ServerRequest")) {
            return Optional.of(new ParamModel.Request(parameter));
        }
        if (qualified.equals("io.helidon.webserver.http.ServerResponse")) {
            return Optional.of(new ParamModel.Response(parameter));
        }
        if (variables.contains(name)) {
            return pathVariable(parameter, name, type);
        }
        Optional<ParamModel> query = named(parameter, ParamModel.In.QUERY, name, type, Optional.empty(), false);
        if (query.isPresent()) {
            return query;
        }
        if (injectable.test(type)) {
            return Optional.of(new ParamModel.Injected(parameter, type, TypeName.get(type)));
        }
        if (isBodyType(type)) {
            return jsonBody(parameter, type, valid, before);
        }
        error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter,
                "Parameter " + name + " of type " + type + " matches nothing in the request: it is not a path "
                + "variable of " + path + ", not a simple type for a query parameter (String, numbers, boolean, UUID, "
                + "enums, dates, or Optional/List of them), not a JSON body (a record or a List of records; annotate "
                + "other types with @Body) and not an injectable of the application.", "Annotate it with @PathParam,"
                + " @QueryParam, @Header or @Body, or bind " + type + " in a module the controller's module sees."));
        return Optional.empty();
    }

    private Optional<ParamModel> pathVariable(VariableElement parameter, String variable, TypeMirror type) {
        Optional<SimpleType> simple = SimpleType.of(type);
        if (simple.isEmpty()) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter,
                    "Path variable {" + variable + "} cannot be converted to " + type + ";",
                    "use String, a number, "
                    + "boolean, UUID, an enum or a date type"));
            return Optional.empty();
        }
        return Optional.of(new ParamModel.PathVariable(parameter, variable, simple.get()));
    }

    /** A query parameter or header; reports an error only when {@code explicit} (annotated). */
    private Optional<ParamModel> named(VariableElement parameter, ParamModel.In in, String key, TypeMirror type,
                                       Optional<String> defaultValue, boolean explicit) {
        ParamModel.Shape shape = ParamModel.Shape.SINGLE;
        TypeMirror element = type;
        String container = qualifiedName(type);
        if (container.equals("java.util.Optional") || container.equals("java.util.List")) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            if (arguments.size() == 1) {
                element = arguments.get(0);
                shape = container.equals("java.util.Optional") ? ParamModel.Shape.OPTIONAL : ParamModel.Shape.LIST;
            }
        }
        Optional<SimpleType> simple = SimpleType.of(element);
        String what = in.text + " " + key;
        if (simple.isEmpty()) {
            if (explicit) {
                error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter,
                        "The " + what + " cannot be converted to " + type + ";",
                        "use String, a number, boolean, UUID, "
                        + "an enum or a date type, or Optional/List of one"));
            }
            return Optional.empty();
        }
        if (in == ParamModel.In.HEADER && shape == ParamModel.Shape.LIST) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter,
                    "The header " + key + " cannot be a List;",
                    "read repeated headers from a ServerRequest parameter"));
            return Optional.empty();
        }
        if (in == ParamModel.In.COOKIE && shape == ParamModel.Shape.LIST) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter, "The cookie " + key + " cannot be a List;",
                    "a cookie has one value"));
            return Optional.empty();
        }
        if (defaultValue.isPresent() && shape != ParamModel.Shape.SINGLE) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter,
                    "The query parameter " + key + " has a defaultValue but is " + (shape == ParamModel.Shape.LIST
                    ? "a List" : "an Optional") + ";",
                    "drop one of them"));
            return Optional.empty();
        }
        if (defaultValue.isPresent() && !simple.get().accepts(defaultValue.get())) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter,
                    "The defaultValue \"" + defaultValue.get() + "\" of query parameter " + key + " does not convert to "
                    + type + ";",
                    "write a value the parameter accepts"));
            return Optional.empty();
        }
        return Optional.of(new ParamModel.Named(parameter, in, key, simple.get(), shape, defaultValue));
    }

    private Optional<ParamModel> formBody(VariableElement parameter, TypeMirror type, boolean valid, List<ParamModel> before) {
        Optional<ParamModel> other = before.stream()
                .filter(p -> p instanceof ParamModel.JsonBody || p instanceof ParamModel.FormBody).findFirst();
        if (other.isPresent()) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter, "Parameter " + parameter.getSimpleName()
                    + " would be a second body after " + other.get().name() + ";",
                    "a request has one body: combine them into one record"));
            return Optional.empty();
        }
        if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).asElement().getKind() != ElementKind.RECORD) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter, "@Form parameter " + parameter.getSimpleName()
                    + " is a " + type + ";", "bind the form to a record whose components are the fields"));
            return Optional.empty();
        }
        List<ParamModel.FormField> fields = new ArrayList<>();
        boolean ok = true;
        for (javax.lang.model.element.RecordComponentElement component
                : ElementFilter.recordComponentsIn(((DeclaredType) type).asElement().getEnclosedElements())) {
            TypeMirror componentType = component.asType();
            ParamModel.Shape shape = ParamModel.Shape.SINGLE;
            String container = qualifiedName(componentType);
            if ((container.equals("java.util.Optional") || container.equals("java.util.List"))
                    && ((DeclaredType) componentType).getTypeArguments().size() == 1) {
                shape = container.equals("java.util.Optional") ? ParamModel.Shape.OPTIONAL : ParamModel.Shape.LIST;
                componentType = ((DeclaredType) componentType).getTypeArguments().get(0);
            }
            Optional<SimpleType> simple = SimpleType.of(componentType);
            if (simple.isEmpty()) {
                error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter, "Form field " + component.getSimpleName()
                        + " of " + ((DeclaredType) type).asElement().getSimpleName() + " is a " + component.asType()
                        + ", which a form value cannot be converted to;", "use String, a number, "
                        + "boolean, UUID, an enum or a date type, or Optional/List of one"));
                ok = false;
                continue;
            }
            fields.add(new ParamModel.FormField(component.getSimpleName().toString(), simple.get(), shape));
        }
        return ok ? Optional.of(new ParamModel.FormBody(parameter, type, TypeName.get(type), List.copyOf(fields), valid))
                : Optional.empty();
    }

    private Optional<ParamModel> jsonBody(VariableElement parameter, TypeMirror type, boolean valid, List<ParamModel> before) {
        Optional<ParamModel.JsonBody> other = before.stream().filter(ParamModel.JsonBody.class::isInstance)
                .map(ParamModel.JsonBody.class::cast).findFirst();
        if (other.isPresent()) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_PARAMETER, parameter,
                    "Parameter " + parameter.getSimpleName() + " would be a second JSON body after " + other.get().name()
                    + ";",
                    "a request has one body: combine them into one record"));
            return Optional.empty();
        }
        return Optional.of(new ParamModel.JsonBody(parameter, type, TypeName.get(type), valid));
    }

    private static boolean isBodyType(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        Element element = ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.RECORD) {
            return true;
        }
        String qualified = qualifiedName(type);
        if (qualified.equals("java.util.List") || qualified.equals("java.util.Set")) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            return arguments.size() == 1 && isBodyType(arguments.get(0));
        }
        return false;
    }

    private Optional<RouteModel.Result> readResult(ExecutableElement method, String route) {
        TypeMirror type = method.getReturnType();
        if (type.getKind() == TypeKind.VOID) {
            return Optional.of(new RouteModel.Result.Empty());
        }
        String qualified = qualifiedName(type);
        if (ASYNC.contains(qualified)) {
            String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
            error.accept(Diagnostic.of(DiagnosticKind.BAD_ROUTE, method, "Route " + route + " returns " + simple
                    + ": handlers are synchronous (each request runs on its own virtual thread), so there is nothing"
                    + " to wait for a " + simple + " on.", "Return the value itself (e.g. Book instead of " + simple
                    + "<Book>): block on the future in the handler, which is cheap on a virtual thread."));
            return Optional.empty();
        }
        if (qualified.equals("java.util.Optional") || qualified.equals(API + "Response")) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            if (arguments.size() != 1 || arguments.get(0).getKind() == TypeKind.WILDCARD) {
                error.accept(Diagnostic.of(DiagnosticKind.BAD_ROUTE, method,
                        "Route method " + method.getSimpleName() + " returns a raw or wildcard " + qualified
                        + ";",
                        "name the body type, such as " + qualified.substring(qualified.lastIndexOf('.') + 1) + "<Book>"));
                return Optional.empty();
            }
            TypeMirror body = arguments.get(0);
            return Optional.of(qualified.equals("java.util.Optional")
                    ? new RouteModel.Result.Maybe(body, TypeName.get(body))
                    : new RouteModel.Result.Full(body, TypeName.get(body)));
        }
        return Optional.of(new RouteModel.Result.Value(type, TypeName.get(type)));
    }

    static String qualifiedName(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return type.toString();
        }
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }

    /** {@code /books} + {@code /{id}} = {@code /books/{id}}; one leading slash, none trailing, no doubles. */
    static String join(String base, String sub) {
        String joined = normalize(base) + normalize(sub);
        return joined.isEmpty() ? "/" : joined;
    }

    /** "books/" -> "/books"; "/" and "" -> "". */
    static String normalize(String path) {
        String trimmed = path.trim().replaceAll("/{2,}", "/");
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.isEmpty() && !trimmed.startsWith("/")) {
            trimmed = "/" + trimmed;
        }
        return trimmed;
    }

    static Optional<AnnotationMirror> annotation(Element element, String simpleName) {
        return annotationNamed(element, API + simpleName);
    }

    static Optional<AnnotationMirror> annotationNamed(Element element, String qualified) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualified)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static Optional<String> stringValue(AnnotationMirror mirror, String name) {
        return value(mirror, name).map(v -> (String) v.getValue());
    }

    static Optional<Integer> intValue(AnnotationMirror mirror, String name) {
        return value(mirror, name).map(v -> (Integer) v.getValue());
    }

    /** The path variable a parameter that failed to read stands for, if any. */
    private static Optional<String> claimed(VariableElement parameter, Set<String> variables) {
        String name = annotation(parameter, "PathParam").flatMap(a -> stringValue(a, "value")).filter(s -> !s.isEmpty())
                .orElse(parameter.getSimpleName().toString());
        return variables.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** The diagnostic on the path string of the route's annotation ({@code @Get("...")}), where the mistake is. */
    private static Diagnostic atPath(Diagnostic diagnostic, AnnotationMirror mapping) {
        return value(mapping, "value").map(v -> diagnostic.on(mapping, v)).orElse(diagnostic.on(mapping));
    }

    private static Optional<AnnotationValue> value(AnnotationMirror mirror, String name) {
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(name))
                .map(e -> (AnnotationValue) e.getValue())
                .findFirst();
    }
}
