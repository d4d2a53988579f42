package dev.aerie.processor.http;

import com.palantir.javapoet.AnnotationSpec;
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
    static final ClassName ROUTE = ClassName.get("dev.aerie.api.http", "Route");
    static final ClassName REQUEST = ClassName.get("dev.aerie.api.http", "Request");
    static final ClassName CURRENT_REQUEST = RuntimeTypes.CURRENT_REQUEST;
    static final ClassName FORM_FIELDS = RuntimeTypes.FORM_FIELDS;
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName PROVIDER = ClassName.get("jakarta.inject", "Provider");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");

    private final JsonSupport json;

    ControllerWriter(JsonSupport json) {
        this.json = json;
    }

    /**
     * What a controller's routes take from the graph, in first-use order (per route: its guards,
     * then its injected parameters), as constructor parameters after the controller.
     */
    static List<Injection> injected(ControllerModel controller) {
        Map<String, Injection> byType = new LinkedHashMap<>();
        String owner = controller.type().simpleName();
        for (RouteModel route : controller.routes()) {
            for (GuardModel guard : route.guards()) {
                byType.putIfAbsent(guard.typeName().toString(), new Injection(guard.at(), guard.type(), guard.typeName(),
                        owner + "." + route.methodName() + " (guard " + guard.typeName() + ")"));
            }
            for (GuardModel interceptor : route.interceptors()) {
                byType.putIfAbsent(interceptor.typeName().toString(), new Injection(interceptor.at(), interceptor.type(),
                        interceptor.typeName(), owner + "." + route.methodName() + " (interceptor " + interceptor.typeName() + ")"));
            }
            for (ParamModel param : route.params()) {
                if (param instanceof ParamModel.Injected injected) {
                    byType.putIfAbsent(injected.typeName().toString(), new Injection(injected.element(), injected.type(),
                            injected.typeName(), owner + "." + route.methodName() + "(" + injected.name() + ")"));
                }
            }
        }
        for (CatchModel handler : controller.catchers()) {
            byType.putIfAbsent(handler.ownerName().toString(), new Injection(handler.method(), handler.owner(),
                    handler.ownerName(), owner + " (@Catches " + handler.display() + ")"));
        }
        return List.copyOf(byType.values());
    }

    /** The field name of the provider of an injected type: {@code Clock} -> {@code clock}, {@code Optional<User>} -> {@code optionalOfUser}. */
    static String providerField(TypeName type) {
        String simple = fieldText(type);
        String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        // the handler's own parameters and fields would shadow the field
        return RESERVED.contains(name) ? "current" + simple : name;
    }

    private static final Set<String> RESERVED = Set.of("request", "response", "controller", "endpoints", "violations");

    private static String fieldText(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            return p.rawType().simpleName() + "Of" + p.typeArguments().stream().map(ControllerWriter::fieldText)
                    .collect(Collectors.joining("And"));
        }
        return type instanceof ClassName c ? c.simpleName() : "Value";
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
        for (Injection injected : injected(controller)) {
            TypeName provider = ParameterizedTypeName.get(PROVIDER, injected.typeName());
            String field = providerField(injected.typeName());
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
        String caught = controller.catchers().isEmpty() ? null : handlerNames.newName("caught");
        for (RouteModel route : ordered) {
            String handler = handlerOf.get(route);
            if (caught == null) {
                routing.addStatement("rules.$L($S, endpoints.route($S, this::$L))",
                        route.httpMethod().toLowerCase(Locale.ROOT), route.path(), route.path(), handler);
            } else {
                routing.addStatement("rules.$L($S, endpoints.route($S, this::$L, this::$L))",
                        route.httpMethod().toLowerCase(Locale.ROOT), route.path(), route.path(), handler, caught);
            }
        }
        for (RouteModel route : controller.routes()) {
            handlers.add(handler(controller, route, handlerOf.get(route), constants));
        }
        if (caught != null) {
            handlers.add(caught(controller, caught, constants));
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
        Set.of("request", "response", "controller", "endpoints", "violations", "arguments").forEach(locals::newName);
        // a local must not shadow a provider field the handler reads
        injected(controller).forEach(i -> locals.newName(providerField(i.typeName())));
        if (!route.guards().isEmpty()) {
            // guards first: a rejected request costs no parsing and opens no session
            String current = locals.newName("current");
            String descriptor = routeConstant(constants, controller, route, name);
            method.addStatement("$T $N = $T.get()", REQUEST, current, CURRENT_REQUEST);
            for (GuardModel guard : route.guards()) {
                method.addStatement("$N.get().check($N, $N)", providerField(guard.typeName()), current, descriptor);
            }
        }
        List<CodeBlock> arguments = new ArrayList<>();
        CodeBlock violations = CodeBlock.of("violations");
        CodeBlock noPath = CodeBlock.of("$S", "");
        List<CodeBlock> checks = new ArrayList<>();
        for (ParamModel param : route.params()) {
            switch (param) {
                case ParamModel.Request r -> arguments.add(CodeBlock.of("request"));
                case ParamModel.Response r -> arguments.add(CodeBlock.of("response"));
                case ParamModel.Injected injected -> {
                    if (route.interceptors().isEmpty()) {
                        arguments.add(CodeBlock.of("$N.get()", providerField(injected.typeName())));
                    } else {
                        // looked up once: the interceptors see the argument the handler gets
                        String local = locals.newName(injected.name());
                        method.addStatement("$T $N = $N.get()", injected.typeName(), local, providerField(injected.typeName()));
                        arguments.add(CodeBlock.of("$N", local));
                    }
                }
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
                case ParamModel.FormBody form -> {
                    String fields = locals.newName(form.name() + "Fields");
                    String local = locals.newName(form.name());
                    method.addStatement("$T $N = endpoints.readForm(request)", FORM_FIELDS, fields);
                    List<CodeBlock> values = new ArrayList<>();
                    for (ParamModel.FormField field : form.fields()) {
                        values.add(formValue(fields, field));
                    }
                    method.addStatement("$T $N = new $T($L)", form.typeName(), local, form.typeName(),
                            CodeBlock.join(values, ",$W"));
                    if (form.valid()) {
                        json.validation(form.type(), CodeBlock.of("$N", local), noPath, violations, form.element())
                                .ifPresent(checks::add);
                    }
                    arguments.add(CodeBlock.of("$N", local));
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
        if (!route.interceptors().isEmpty()) {
            // the handler is called with the arguments as the interceptors leave them
            List<CodeBlock> casts = new ArrayList<>();
            boolean generic = false;
            List<? extends javax.lang.model.element.VariableElement> parameters = route.element().getParameters();
            for (int i = 0; i < parameters.size(); i++) {
                TypeName parameterType = TypeName.get(parameters.get(i).asType());
                generic |= parameterType instanceof ParameterizedTypeName;
                casts.add(CodeBlock.of("($T) arguments[$L]", parameterType, i));
            }
            if (generic) {
                method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
            }
            CodeBlock handlerCall = CodeBlock.of("controller.$N($L)", route.methodName(), CodeBlock.join(casts, ",$W"));
            CodeBlock lambda = route.result() instanceof RouteModel.Result.Empty
                    ? CodeBlock.of("arguments -> {\n$>$L;\nreturn null;\n$<}", handlerCall)
                    : CodeBlock.of("arguments -> $L", handlerCall);
            call = CodeBlock.of("$T.intercept($N,$Wnew Object[] {$L},$W$L,$W$L)", ENDPOINTS,
                    routeConstant(constants, controller, route, name), CodeBlock.join(arguments, ", "), lambda,
                    route.interceptors().stream().map(i -> CodeBlock.of("$N.get()", providerField(i.typeName())))
                            .collect(CodeBlock.joining(", ")));
        }
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

    /** The controller's {@code Catcher}: one type test per handler, most specific first. */
    private MethodSpec caught(ControllerModel controller, String name, Map<String, FieldSpec> constants) {
        return caught(name, CodeBlock.of("The {@code @Catches} handlers the module of {@link $T} sees, most specific first.\n",
                controller.type()), controller.catchers(), h -> codec(constants, h.body(), h.bodyName(), h.method()), false);
    }

    /** A {@code Catcher} method: one type test per handler, in order; {@code codec} names each body's codec constant. */
    static MethodSpec caught(String name, CodeBlock javadoc, List<CatchModel> catchers,
                             java.util.function.Function<CatchModel, String> codec, boolean endpointsParameter) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc)
                .addModifiers(Modifier.PRIVATE)
                .returns(boolean.class);
        if (endpointsParameter) {
            method.addParameter(ENDPOINTS, "endpoints");
        }
        method.addParameter(Throwable.class, "failure")
                .addParameter(SERVER_RESPONSE, "response")
                .addException(Exception.class);
        for (CatchModel handler : catchers) {
            method.beginControlFlow("if (failure instanceof $T e)", handler.exceptionName())
                    .addStatement("endpoints.sendCaught(response, $N.get().$N(e), $N)", providerField(handler.ownerName()),
                            handler.method().getSimpleName().toString(), codec.apply(handler))
                    .addStatement("return true")
                    .endControlFlow();
        }
        return method.addStatement("return false").build();
    }

    /** The constant holding the JSON codec of {@code type}, made with {@code json}. */
    static String codec(JsonSupport json, Map<String, FieldSpec> constants, TypeMirror mirror, TypeName type, Element at) {
        String name = constantName(type) + "_JSON";
        constants.computeIfAbsent(name, n -> FieldSpec.builder(
                ParameterizedTypeName.get(JSON_CODEC, type.isPrimitive() ? type.box() : type),
                n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(json.codec(mirror, at).orElseThrow(() -> new IllegalStateException(
                        "no JSON codec for " + mirror + ", though the plan checked it"))).build());
        return name;
    }

    /** The constant describing {@code route} to its guards: {@code CREATE_ROUTE}. */
    private static String routeConstant(Map<String, FieldSpec> constants, ControllerModel controller, RouteModel route,
                                        String handler) {
        String name = constantName(handler) + "_ROUTE";
        CodeBlock annotations = CodeBlock.of("$T.of($L)", SET, route.annotations().stream()
                .map(a -> CodeBlock.of("$S", a)).collect(CodeBlock.joining(",$W")));
        CodeBlock values = route.values().isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$T.ofEntries($L)", MAP,
                route.values().entrySet().stream().map(e -> CodeBlock.of("$T.entry($S, $T.of($L))", MAP, e.getKey(), LIST,
                        e.getValue().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "))))
                        .collect(CodeBlock.joining(",$W")));
        constants.computeIfAbsent(name, n -> FieldSpec.builder(ROUTE, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S, $S, $S, $S,$W$L$L)", ROUTE, route.httpMethod(), route.path(),
                        controller.type().canonicalName(), route.methodName(), annotations, values).build());
        return name;
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
        String what = named.what();
        CodeBlock key = named.header() ? CodeBlock.of("$N", headerConstant(constants, named.key())) : CodeBlock.of("$S", named.key());
        String lookup = switch (named.in()) {
            case QUERY -> "query";
            case HEADER -> "header";
            case COOKIE -> "cookie";
        };
        return switch (named.shape()) {
            case SINGLE -> {
                CodeBlock raw = named.defaultValue().isPresent()
                        ? CodeBlock.of("$T.$L(request, $L).orElse($S)", PARAMS, lookup, key, named.defaultValue().get())
                        : CodeBlock.of("$T.required$L(request, $L)", PARAMS,
                                Character.toUpperCase(lookup.charAt(0)) + lookup.substring(1), key);
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

    /** The conversion of one form field: required, optional or repeated, like a query parameter. */
    private static CodeBlock formValue(String fields, ParamModel.FormField field) {
        String what = "form field '" + field.name() + "'";
        boolean string = field.type().kind() == SimpleType.Kind.STRING;
        return switch (field.shape()) {
            case SINGLE -> field.type().convert(CodeBlock.of("$N.required($S)", fields, field.name()), what);
            case OPTIONAL -> string ? CodeBlock.of("$N.optional($S)", fields, field.name())
                    : CodeBlock.of("$N.optional($S).map(value -> $L)", fields, field.name(),
                            field.type().convert(CodeBlock.of("value"), what));
            case LIST -> string ? CodeBlock.of("$N.all($S)", fields, field.name())
                    : CodeBlock.of("$T.each($N.all($S), value -> $L)", PARAMS, fields, field.name(),
                            field.type().convert(CodeBlock.of("value"), what));
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
        return codec(json, constants, mirror, type, at);
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
