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
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code HttpApplication} of one application (root module): it receives the controllers,
 * the providers of per-request parameters and the request listeners through its constructor and
 * builds every controller's service.
 */
final class ApplicationWriter {
    static final ClassName HTTP_APPLICATION = RuntimeTypes.HTTP_APPLICATION;
    static final ClassName ROUTE_INFO = RuntimeTypes.ROUTE_INFO;
    static final ClassName CATCHER = RuntimeTypes.CATCHER;
    static final ClassName FILTER = ClassName.get("io.helidon.webserver.http", "Filter");
    static final ClassName REQUEST_LISTENER = ClassName.get("dev.aerie.api.http", "RequestListener");
    static final ClassName HEALTH_CHECK = ClassName.get("dev.aerie.api.health", "HealthCheck");

    /**
     * @param name        the class to write, such as {@code AppModule_Http}
     * @param controllers the application's controllers, in module order
     * @param listeners   the singletons implementing {@code RequestListener}, in module order
     */
    private final dev.aerie.processor.json.JsonSupport json;

    ApplicationWriter(dev.aerie.processor.json.JsonSupport json) {
        this.json = json;
    }

    /** The owners of the root module's {@code @Catches} handlers, once each, as providers after the filters. */
    static List<Injection> catcherOwners(List<CatchModel> catchers) {
        Map<String, Injection> owners = new LinkedHashMap<>();
        for (CatchModel handler : catchers) {
            owners.putIfAbsent(handler.ownerName().toString(), new Injection(handler.method(), handler.owner(),
                    handler.ownerName(), "requests no route matches (@Catches " + handler.display() + ")"));
        }
        return List.copyOf(owners.values());
    }

    JavaFile write(ClassName name, List<ControllerModel> controllers, List<ClassName> listeners, List<ClassName> filters,
                   List<CatchModel> rootCatchers, List<ClassName> checks, String openApiResource) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("The HTTP routes of the application, found by the launcher in its container.\n")
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(HTTP_APPLICATION);
        controllers.forEach(c -> type.addOriginatingElement(c.element()));
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(ControllerWriter.LIST, ROUTE_INFO), "ROUTES",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(routes(controllers)).build());

        NameAllocator fields = new NameAllocator();
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        Map<String, String> controllerFields = new LinkedHashMap<>();
        Map<String, String> providerFields = new LinkedHashMap<>();
        for (ControllerModel controller : controllers) {
            String field = fields.newName(decapitalize(controller.type().simpleName()));
            controllerFields.put(controller.type().canonicalName(), field);
            type.addField(controller.type(), field, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(controller.type(), field).addStatement("this.$N = $N", field, field);
        }
        for (ControllerModel controller : controllers) {
            for (Injection injected : ControllerWriter.injected(controller)) {
                if (providerFields.containsKey(injected.typeName().toString())) {
                    continue;
                }
                String field = fields.newName(ControllerWriter.providerField(injected.typeName()) + "Provider");
                providerFields.put(injected.typeName().toString(), field);
                TypeName provider = ParameterizedTypeName.get(ControllerWriter.PROVIDER, injected.typeName());
                type.addField(provider, field, Modifier.PRIVATE, Modifier.FINAL);
                constructor.addParameter(provider, field).addStatement("this.$N = $N", field, field);
            }
        }
        List<String> listenerFields = new ArrayList<>();
        for (ClassName listener : listeners) {
            String field = controllerFields.getOrDefault(listener.canonicalName(), null);
            if (field == null) {
                field = fields.newName(decapitalize(listener.simpleName()));
                type.addField(listener, field, Modifier.PRIVATE, Modifier.FINAL);
                constructor.addParameter(listener, field).addStatement("this.$N = $N", field, field);
            }
            listenerFields.add(field);
        }
        List<String> filterFields = new ArrayList<>();
        for (ClassName filter : filters) {
            String field = fields.newName(decapitalize(filter.simpleName()) + "Filter");
            type.addField(filter, field, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(filter, field).addStatement("this.$N = $N", field, field);
            filterFields.add(field);
        }
        for (Injection owner : catcherOwners(rootCatchers)) {
            // named as in the controllers' services, so the shared Catcher code reads the same field
            String field = ControllerWriter.providerField(owner.typeName());
            TypeName provider = ParameterizedTypeName.get(ControllerWriter.PROVIDER, owner.typeName());
            type.addField(provider, fields.newName(field), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(provider, field).addStatement("this.$N = $N", field, field);
        }
        // readiness checks last: a controller or listener that is one too keeps its field
        Map<String, String> shared = new LinkedHashMap<>(controllerFields);
        for (int i = 0; i < listeners.size(); i++) {
            shared.putIfAbsent(listeners.get(i).canonicalName(), listenerFields.get(i));
        }
        List<String> checkFields = new ArrayList<>();
        for (ClassName check : checks) {
            String field = shared.get(check.canonicalName());
            if (field == null) {
                field = fields.newName(decapitalize(check.simpleName()));
                type.addField(check, field, Modifier.PRIVATE, Modifier.FINAL);
                constructor.addParameter(check, field).addStatement("this.$N = $N", field, field);
                shared.put(check.canonicalName(), field);
            }
            checkFields.add(field);
        }
        MethodSpec built = constructor.build();
        type.addMethod(MethodSpec.methodBuilder("create")
                .addJavadoc("Used by generated code: the container calls this with the application's instances.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameters(built.parameters())
                .addStatement("return new $T($L)", name, built.parameters().stream()
                        .map(p -> CodeBlock.of("$N", p.name())).collect(CodeBlock.joining(", ")))
                .build());
        type.addMethod(built);

        List<CodeBlock> services = new ArrayList<>();
        for (ControllerModel controller : controllers) {
            List<CodeBlock> arguments = new ArrayList<>();
            arguments.add(CodeBlock.of("$N", controllerFields.get(controller.type().canonicalName())));
            for (Injection injected : ControllerWriter.injected(controller)) {
                arguments.add(CodeBlock.of("$N", providerFields.get(injected.typeName().toString())));
            }
            arguments.add(CodeBlock.of("endpoints"));
            services.add(CodeBlock.of("new $T($L)", controller.serviceName(), CodeBlock.join(arguments, ", ")));
        }
        type.addMethod(MethodSpec.methodBuilder("services")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ControllerWriter.LIST, ControllerWriter.HTTP_SERVICE))
                .addParameter(ControllerWriter.ENDPOINTS, "endpoints")
                .addStatement("return $T.of($L)", ControllerWriter.LIST, list(services))
                .build());
        type.addMethod(MethodSpec.methodBuilder("routes")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ControllerWriter.LIST, ROUTE_INFO))
                .addStatement("return ROUTES")
                .build());
        type.addMethod(MethodSpec.methodBuilder("openApiResource")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ControllerWriter.OPTIONAL, ClassName.get(String.class)))
                .addStatement("return $T.of($S)", ControllerWriter.OPTIONAL, openApiResource)
                .build());
        type.addMethod(MethodSpec.methodBuilder("listeners")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ControllerWriter.LIST, REQUEST_LISTENER))
                .addStatement("return $T.of($L)", ControllerWriter.LIST,
                        list(listenerFields.stream().map(f -> CodeBlock.of("$N", f)).toList()))
                .build());
        if (!rootCatchers.isEmpty()) {
            Map<String, FieldSpec> constants = new java.util.TreeMap<>();
            type.addMethod(MethodSpec.methodBuilder("catcher")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ControllerWriter.OPTIONAL, CATCHER))
                    .addParameter(ControllerWriter.ENDPOINTS, "endpoints")
                    .addStatement("return $T.of((failure, response) -> caught(endpoints, failure, response))",
                            ControllerWriter.OPTIONAL)
                    .build());
            MethodSpec caught = ControllerWriter.caught("caught", CodeBlock.of(
                    "The {@code @Catches} handlers the root module sees, for requests no route matches (404, 405).\n"),
                    rootCatchers, h -> ControllerWriter.codec(json, constants, h.body(), h.bodyName(), h.method()), true);
            type.addMethod(caught);
            constants.values().forEach(type::addField);
        }
        if (!filters.isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("filters")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ControllerWriter.LIST, FILTER))
                    .addStatement("return $T.of($L)", ControllerWriter.LIST,
                            list(filterFields.stream().map(f -> CodeBlock.of("$N", f)).toList()))
                    .build());
        }
        if (!checks.isEmpty()) { // the interface's default answers none; applications without checks stay as they were
            type.addMethod(MethodSpec.methodBuilder("healthChecks")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ControllerWriter.LIST, HEALTH_CHECK))
                    .addStatement("return $T.of($L)", ControllerWriter.LIST,
                            list(checkFields.stream().map(f -> CodeBlock.of("$N", f)).toList()))
                    .build());
        }
        return Generation.javaFile(name.packageName(), type.build());
    }

    private static CodeBlock routes(List<ControllerModel> controllers) {
        List<CodeBlock> routes = new ArrayList<>();
        for (ControllerModel controller : controllers) {
            for (RouteModel route : controller.routes()) {
                CodeBlock body = route.body()
                        .map(b -> CodeBlock.of("$T.of($S)", ControllerWriter.OPTIONAL, shortName(b.typeName())))
                        .orElse(CodeBlock.of("$T.empty()", ControllerWriter.OPTIONAL));
                routes.add(CodeBlock.of("new $T($S, $S, $S, $L, $S)", ROUTE_INFO, route.httpMethod(), route.path(),
                        controller.type().simpleName() + "." + route.methodName() + "(" + route.element().getParameters()
                                .stream().map(p -> shortName(TypeName.get(p.asType()))).collect(Collectors.joining(", ")) + ")",
                        body, returns(route)));
            }
        }
        // a field initializer gets no continuation indent of its own
        return CodeBlock.builder().add("$T.of(", ControllerWriter.LIST).indent().indent().add(list(routes)).unindent().unindent()
                .add(")").build();
    }

    private static String returns(RouteModel route) {
        return switch (route.result()) {
            case RouteModel.Result.Empty e -> "void";
            case RouteModel.Result.Value v -> shortName(v.name());
            case RouteModel.Result.Maybe m -> "Optional<" + shortName(m.name()) + ">";
            case RouteModel.Result.Full f -> "Response<" + shortName(f.name()) + ">";
        };
    }

    /** {@code java.util.List<com.x.Book>} -> {@code List<Book>}. */
    static String shortName(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            return p.rawType().simpleName() + "<" + p.typeArguments().stream().map(ApplicationWriter::shortName)
                    .collect(Collectors.joining(", ")) + ">";
        }
        if (type instanceof ClassName c) {
            return String.join(".", c.simpleNames());
        }
        return type.toString();
    }

    /** One item per line, so long lists stay readable. */
    private static CodeBlock list(List<CodeBlock> items) {
        if (items.isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder block = CodeBlock.builder().add("\n");
        for (int i = 0; i < items.size(); i++) {
            block.add("$L$L", items.get(i), i + 1 < items.size() ? ",\n" : "");
        }
        return block.build();
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
