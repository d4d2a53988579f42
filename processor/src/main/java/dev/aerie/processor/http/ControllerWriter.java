package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.codegen.RuntimeTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import dev.aerie.processor.json.JsonSupport;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/** Writes the Helidon {@code HttpService} of one controller: its routes, each calling the controller directly. */
final class ControllerWriter {
    static final ClassName HTTP_SERVICE = ClassName.get("io.helidon.webserver.http", "HttpService");
    static final ClassName HTTP_RULES = ClassName.get("io.helidon.webserver.http", "HttpRules");
    static final ClassName SERVER_REQUEST = ClassName.get("io.helidon.webserver.http", "ServerRequest");
    static final ClassName SERVER_RESPONSE = ClassName.get("io.helidon.webserver.http", "ServerResponse");
    static final ClassName HEADER_NAME = ClassName.get("io.helidon.http", "HeaderName");
    static final ClassName HEADER_NAMES = ClassName.get("io.helidon.http", "HeaderNames");
    static final ClassName ENDPOINTS = RuntimeTypes.ENDPOINTS;
    static final ClassName JSON_CODEC = RuntimeTypes.JSON_CODEC;
    static final ClassName VIOLATIONS = RuntimeTypes.VIOLATIONS;
    static final ClassName PARAMS = SimpleType.PARAMS;
    static final ClassName PROVIDER = ClassName.get("jakarta.inject", "Provider");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName LIST = ClassName.get("java.util", "List");

    private final JsonSupport json;

    ControllerWriter(JsonSupport json) {
        this.json = json;
    }

    /** The injected types a controller's routes need, in first-use order, as constructor parameters after the controller. */
    static List<ParamModel.Injected> injected(ControllerModel controller) {
        Map<String, ParamModel.Injected> byType = new LinkedHashMap<>();
        for (RouteModel route : controller.routes()) {
            for (ParamModel param : route.params()) {
                if (param instanceof ParamModel.Injected injected) {
                    byType.putIfAbsent(injected.typeName().toString(), injected);
                }
            }
        }
        return List.copyOf(byType.values());
    }

    /** The field name of the provider of an injected type: {@code Clock} -> {@code clock}. */
    static String providerField(ParamModel.Injected injected) {
        String simple = injected.typeName() instanceof ClassName c ? c.simpleName()
                : injected.typeName() instanceof ParameterizedTypeName p ? p.rawType().simpleName() : "value";
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    JavaFile write(ControllerModel controller) {
        Map<String, FieldSpec> constants = new TreeMap<>();
        TypeSpec.Builder type = TypeSpec.classBuilder(controller.serviceName())
                .addJavadoc("The HTTP routes of {@link $T}.\n", controller.type())
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(HTTP_SERVICE)
                .addOriginatingElement(controller.element());
        type.addField(controller.type(), "controller", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("Used by generated code.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(controller.type(), "controller")
                .addStatement("this.controller = controller");
        for (ParamModel.Injected injected : injected(controller)) {
            TypeName provider = ParameterizedTypeName.get(PROVIDER, injected.typeName());
            String field = providerField(injected);
            type.addField(provider, field, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(provider, field).addStatement("this.$N = $N", field, field);
        }
        type.addField(ENDPOINTS, "endpoints", Modifier.PRIVATE, Modifier.FINAL);
        constructor.addParameter(ENDPOINTS, "endpoints").addStatement("this.endpoints = endpoints");
        type.addMethod(constructor.build());

        NameAllocator handlerNames = new NameAllocator();
        handlerNames.newName("routing");
        MethodSpec.Builder routing = MethodSpec.methodBuilder("routing")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(HTTP_RULES, "rules");
        List<MethodSpec> handlers = new ArrayList<>();
        Map<RouteModel, String> handlerOf = new LinkedHashMap<>();
        for (RouteModel route : controller.routes()) {
            handlerOf.put(route, handlerNames.newName(route.methodName()));
        }
        // Helidon takes the first route that matches: literal segments go before variables, so
        // GET /items/boom is not swallowed by GET /items/{id}.
        List<RouteModel> ordered = controller.routes().stream()
                .sorted(java.util.Comparator.comparing(ControllerWriter::specificity)).toList();
        for (RouteModel route : ordered) {
            String handler = handlerOf.get(route);
            routing.addStatement("rules.$L($S, endpoints.route($S, this::$L))",
                    route.httpMethod().toLowerCase(Locale.ROOT), route.path(), route.path(), handler);
        }
        for (RouteModel route : controller.routes()) {
            handlers.add(handler(controller, route, handlerOf.get(route), constants));
        }
        type.addMethod(routing.build());
        type.addMethods(handlers);
        constants.values().forEach(type::addField);
        return Generation.javaFile(controller.type().packageName(), type.build());
    }

    private MethodSpec handler(ControllerModel controller, RouteModel route, String name, Map<String, FieldSpec> constants) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc("{@code $L $L}: {@link $T#$L}.\n", route.httpMethod(), route.path(),
                        controller.type(), route.methodName() + "(" + route.element().getParameters().stream()
                                .map(p -> erasure(TypeName.get(p.asType()))).collect(Collectors.joining(", ")) + ")")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(SERVER_REQUEST, "request")
                .addParameter(SERVER_RESPONSE, "response")
                .addException(Exception.class);
        NameAllocator locals = new NameAllocator();
        Set.of("request", "response", "controller", "endpoints", "violations").forEach(locals::newName);
        List<CodeBlock> arguments = new ArrayList<>();
        CodeBlock violations = CodeBlock.of("violations");
        CodeBlock noPath = CodeBlock.of("$S", "");
        List<CodeBlock> checks = new ArrayList<>();
        for (ParamModel param : route.params()) {
            switch (param) {
                case ParamModel.Request r -> arguments.add(CodeBlock.of("request"));
                case ParamModel.Response r -> arguments.add(CodeBlock.of("response"));
                case ParamModel.Injected injected -> arguments.add(CodeBlock.of("$N.get()", providerField(injected)));
                case ParamModel.PathVariable variable -> {
                    String local = locals.newName(variable.name());
                    method.addStatement("$T $N = $L", variable.type().name(), local, variable.type().convert(
                            CodeBlock.of("$T.path(request, $S)", PARAMS, variable.variable()),
                            "path variable '" + variable.variable() + "'"));
                    arguments.add(CodeBlock.of("$N", local));
                    json.constraints(variable.element(), variable.variable(), CodeBlock.of("$N", local), noPath, violations)
                            .ifPresent(checks::add);
                }
                case ParamModel.Named named -> {
                    String local = locals.newName(named.name());
                    method.addStatement("$T $N = $L", declaredType(named), local, named(named, constants));
                    arguments.add(CodeBlock.of("$N", local));
                    json.constraints(named.element(), named.key(), CodeBlock.of("$N", local), noPath, violations)
                            .ifPresent(checks::add);
                }
                case ParamModel.JsonBody body -> {
                    String local = locals.newName(body.name());
                    String reader = codec(constants, body.type(), body.typeName(), body.element());
                    method.addStatement("$T $N = endpoints.readJson(request, $N)", body.typeName(), local, reader);
                    if (body.valid()) {
                        json.validation(body.type(), CodeBlock.of("$N", local), noPath, violations, body.element())
                                .ifPresent(checks::add);
                    }
                    arguments.add(CodeBlock.of("$N", local));
                }
            }
        }
        if (!checks.isEmpty()) {
            // every violation of every parameter and the body, in one 400
            method.addStatement("$T violations = new $T()", VIOLATIONS, VIOLATIONS);
            checks.forEach(method::addCode);
            method.addStatement("violations.throwIfAny()");
        }
        CodeBlock call = CodeBlock.of("controller.$N($L)", route.methodName(), CodeBlock.join(arguments, ", "));
        switch (route.result()) {
            case RouteModel.Result.Empty e -> {
                method.addStatement("$L", call);
                method.addStatement("endpoints.sendEmpty(response, $L)", route.status());
            }
            case RouteModel.Result.Value value -> method.addStatement("endpoints.sendJson(response, $L, $L, $N)",
                    route.status(), call, codec(constants, value.type(), value.name(), route.element()));
            case RouteModel.Result.Maybe maybe -> method.addStatement("endpoints.sendOptional(request, response, $L, $L, $N)",
                    route.status(), call, codec(constants, maybe.type(), maybe.name(), route.element()));
            case RouteModel.Result.Full full -> method.addStatement("endpoints.sendResponse(response, $L, $N)",
                    call, codec(constants, full.type(), full.name(), route.element()));
        }
        return method.build();
    }

    /** One character per path segment, literal '0' before variable '1': a total order putting literals first. */
    static String specificity(RouteModel route) {
        StringBuilder key = new StringBuilder();
        for (String segment : route.path().split("/")) {
            if (!segment.isEmpty()) {
                key.append(segment.startsWith("{") ? '1' : '0');
            }
        }
        return key.toString();
    }

    private static TypeName declaredType(ParamModel.Named named) {
        return switch (named.shape()) {
            case SINGLE -> named.type().name();
            case OPTIONAL -> ParameterizedTypeName.get(OPTIONAL, named.type().boxed());
            case LIST -> ParameterizedTypeName.get(LIST, named.type().boxed());
        };
    }

    private CodeBlock named(ParamModel.Named named, Map<String, FieldSpec> constants) {
        String what = (named.header() ? "header '" : "query parameter '") + named.key() + "'";
        CodeBlock key = named.header() ? CodeBlock.of("$N", headerConstant(constants, named.key())) : CodeBlock.of("$S", named.key());
        String lookup = named.header() ? "header" : "query";
        return switch (named.shape()) {
            case SINGLE -> {
                CodeBlock raw = named.defaultValue().isPresent()
                        ? CodeBlock.of("$T.$L(request, $L).orElse($S)", PARAMS, lookup, key, named.defaultValue().get())
                        : CodeBlock.of("$T.required$L(request, $L)", PARAMS, named.header() ? "Header" : "Query", key);
                yield named.type().convert(raw, what);
            }
            case OPTIONAL -> named.type().kind() == SimpleType.Kind.STRING
                    ? CodeBlock.of("$T.$L(request, $L)", PARAMS, lookup, key)
                    : CodeBlock.of("$T.$L(request, $L).map(value -> $L)", PARAMS, lookup, key,
                            named.type().convert(CodeBlock.of("value"), what));
            case LIST -> named.type().kind() == SimpleType.Kind.STRING
                    ? CodeBlock.of("$T.queryAll(request, $L)", PARAMS, key)
                    : CodeBlock.of("$T.each($T.queryAll(request, $L), value -> $L)", PARAMS, PARAMS, key,
                            named.type().convert(CodeBlock.of("value"), what));
        };
    }

    private static String headerConstant(Map<String, FieldSpec> constants, String header) {
        String name = constantName(header) + "_HEADER";
        constants.computeIfAbsent(name, n -> FieldSpec.builder(HEADER_NAME, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.create($S)", HEADER_NAMES, header).build());
        return name;
    }

    /** The constant holding the JSON codec of {@code type}: {@code BOOK_JSON}, {@code LIST_OF_BOOK_JSON}. */
    private String codec(Map<String, FieldSpec> constants, TypeMirror mirror, TypeName type, Element at) {
        String name = constantName(type) + "_JSON";
        constants.computeIfAbsent(name, n -> FieldSpec.builder(
                ParameterizedTypeName.get(JSON_CODEC, type.isPrimitive() ? type.box() : type),
                n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(json.codec(mirror, at).orElseThrow(() -> new IllegalStateException(
                        "no JSON codec for " + mirror + ", though the plan checked it"))).build());
        return name;
    }

    /** {@code List<BookIn>} -> {@code LIST_OF_BOOK_IN}; {@code X-Trace} -> {@code X_TRACE}. */
    static String constantName(Object type) {
        String text = type instanceof TypeName t ? simpleText(t) : type.toString();
        String snake = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
        return snake.replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
    }

    private static String simpleText(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            return p.rawType().simpleName() + "_of_" + p.typeArguments().stream().map(ControllerWriter::simpleText)
                    .collect(Collectors.joining("_and_"));
        }
        if (type instanceof ClassName c) {
            return String.join("_", c.simpleNames());
        }
        return type.isPrimitive() ? type.box().toString().replace("java.lang.", "") : type.toString();
    }

    private static String erasure(TypeName type) {
        TypeName raw = type instanceof ParameterizedTypeName p ? p.rawType() : type;
        return raw instanceof ClassName c ? c.canonicalName() : raw.toString();
    }
}
