package dev.aerie.processor.http;

import dev.aerie.processor.json.JsonSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Writes the OpenAPI 3.1 document of one application: every route with its parameters, request
 * body and responses; record schemas (with their constraints) come from the JSON extension.
 */
final class OpenApiWriter {
    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "patch");
    private static final Map<String, Object> PROBLEM_REF = Map.of("$ref", "#/components/schemas/Problem");

    private final JsonSupport json;
    /** The schemes of the guards met so far, by name: {@code components.securitySchemes}. */
    private final Map<String, Object> securitySchemes = new TreeMap<>();

    OpenApiWriter(JsonSupport json) {
        this.json = json;
    }

    /** Where the document of application {@code root} lives on the classpath. */
    static String resource(String root) {
        return "META-INF/aerie/openapi/" + root + ".json";
    }

    String write(String title, List<ControllerModel> controllers) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        Map<String, Integer> operationIds = new HashMap<>();
        for (ControllerModel controller : controllers) {
            for (RouteModel route : controller.routes()) {
                String id = controller.type().simpleName() + "." + route.methodName();
                int n = operationIds.merge(id, 1, Integer::sum);
                paths.computeIfAbsent(route.path(), p -> new TreeMap<>(
                        java.util.Comparator.comparingInt(METHOD_ORDER::indexOf)))
                        .put(route.httpMethod().toLowerCase(Locale.ROOT),
                                operation(controller, route, n == 1 ? id : id + "_" + n));
            }
        }
        Map<String, Object> schemas = new TreeMap<>(json.schemaComponents());
        schemas.put("Problem", problemSchema());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", ordered("title", title, "version", "1.0.0"));
        document.put("paths", paths);
        document.put("components", securitySchemes.isEmpty() ? ordered("schemas", schemas)
                : ordered("schemas", schemas, "securitySchemes", securitySchemes));
        return JsonTree.write(document);
    }

    private Map<String, Object> operation(ControllerModel controller, RouteModel route, String operationId) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", operationId);
        operation.put("tags", List.of(controller.type().simpleName()));
        List<Object> parameters = new ArrayList<>();
        boolean clientInput = false;
        for (ParamModel param : route.params()) {
            switch (param) {
                case ParamModel.PathVariable variable -> {
                    parameters.add(ordered("name", variable.variable(), "in", "path", "required", true,
                            "schema", variable.type().schema()));
                    clientInput = true;
                }
                case ParamModel.Named named -> {
                    Map<String, Object> schema = new LinkedHashMap<>();
                    if (named.shape() == ParamModel.Shape.LIST) {
                        schema.put("type", "array");
                        schema.put("items", named.type().schema());
                    } else {
                        schema.putAll(named.type().schema());
                    }
                    named.defaultValue().ifPresent(value -> schema.put("default", typedDefault(named.type(), value)));
                    boolean required = named.shape() == ParamModel.Shape.SINGLE && named.defaultValue().isEmpty();
                    parameters.add(ordered("name", named.key(), "in", named.in().name().toLowerCase(java.util.Locale.ROOT),
                            "required", required, "schema", schema));
                    clientInput = true;
                }
                case ParamModel.JsonBody body -> {
                    operation.put("requestBody", ordered("required", true, "content",
                            ordered("application/json", ordered("schema", schemaOf(body.type(), body.element())))));
                    clientInput = true;
                }
                case ParamModel.FormBody form -> {
                    operation.put("requestBody", ordered("required", true, "content",
                            ordered("application/x-www-form-urlencoded", ordered("schema", schemaOf(form.type(), form.element())))));
                    clientInput = true;
                }
                default -> { }
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        // every scheme a route's guards need at once: one requirement object naming them all
        Map<String, Object> security = new LinkedHashMap<>();
        for (GuardModel guard : route.guards()) {
            securityScheme(guard).ifPresent(name -> security.put(name, List.of()));
        }
        if (!security.isEmpty()) {
            operation.put("security", List.of(security));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        String status = Integer.toString(route.status());
        switch (route.result()) {
            case RouteModel.Result.Empty e -> {
                if (route.params().stream().anyMatch(ParamModel.Response.class::isInstance)) {
                    responses.put("default", ordered("description", "Written by the handler itself"));
                } else {
                    responses.put(status, ordered("description", description(route.status())));
                }
            }
            case RouteModel.Result.Value v -> responses.put(status, json(route.status(), schemaOf(v.type(), route.element())));
            case RouteModel.Result.Maybe m -> {
                responses.put(status, json(route.status(), schemaOf(m.type(), route.element())));
                responses.put("404", problem("Not Found"));
            }
            case RouteModel.Result.Full f -> responses.put(status, json(route.status(), schemaOf(f.type(), route.element())));
        }
        if (clientInput) {
            responses.put("400", problem("Bad Request: a parameter or the body is malformed or invalid"));
        }
        if (!security.isEmpty()) {
            responses.put("401", problem("Unauthorized: the credential is missing or refused"));
        }
        if (route.body().isPresent()) {
            responses.put("413", problem("Content Too Large"));
            responses.put("415", problem("Unsupported Media Type: send application/json"));
        }
        responses.put("500", problem("Internal Server Error, with a request id"));
        operation.put("responses", responses);
        return operation;
    }

    /** The name of the {@code @SecurityScheme} on {@code guard}'s class, recording the scheme; empty without one. */
    private Optional<String> securityScheme(GuardModel guard) {
        Element type = ((DeclaredType) guard.type()).asElement();
        return ControllerReader.annotationNamed(type, ControllerReader.API + "SecurityScheme").map(annotation -> {
            Map<String, Object> values = new HashMap<>();
            annotation.getElementValues().forEach((name, value) -> values.put(name.getSimpleName().toString(),
                    value.getValue() instanceof VariableElement constant ? constant.getSimpleName().toString() : value.getValue()));
            String name = (String) values.get("name");
            Map<String, Object> scheme = new LinkedHashMap<>();
            if ("API_KEY".equals(values.get("type"))) {
                scheme.put("type", "apiKey");
                scheme.put("in", ((String) values.getOrDefault("in", "HEADER")).toLowerCase(Locale.ROOT));
                scheme.put("name", values.getOrDefault("parameterName", "Authorization"));
            } else {
                scheme.put("type", "http");
                scheme.put("scheme", values.getOrDefault("scheme", "bearer"));
                Optional.ofNullable((String) values.get("bearerFormat")).filter(f -> !f.isEmpty())
                        .ifPresent(format -> scheme.put("bearerFormat", format));
            }
            Optional.ofNullable((String) values.get("description")).filter(d -> !d.isEmpty())
                    .ifPresent(description -> scheme.put("description", description));
            securitySchemes.putIfAbsent(name, scheme);
            return name;
        });
    }

    private Map<String, Object> schemaOf(javax.lang.model.type.TypeMirror type, javax.lang.model.element.Element at) {
        return json.schema(type, at).orElse(Map.of());
    }

    private static Map<String, Object> json(int status, Map<String, Object> schema) {
        return ordered("description", description(status), "content", ordered("application/json", ordered("schema", schema)));
    }

    private static Map<String, Object> problem(String description) {
        return ordered("description", description, "content", ordered("application/problem+json", ordered("schema", PROBLEM_REF)));
    }

    private static String description(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            default -> "Success";
        };
    }

    private static Object typedDefault(SimpleType type, String value) {
        return switch (type.kind()) {
            case INT, SHORT, BYTE -> Integer.parseInt(value);
            case LONG -> Long.parseLong(value);
            case DOUBLE, FLOAT -> Double.parseDouble(value);
            case BOOLEAN -> Boolean.parseBoolean(value);
            default -> value;
        };
    }

    private static Map<String, Object> problemSchema() {
        return ordered("type", "object",
                "description", "An RFC 9457 problem: what went wrong with the request",
                "properties", ordered(
                        "type", ordered("type", "string"),
                        "title", ordered("type", "string"),
                        "status", ordered("type", "integer"),
                        "detail", ordered("type", "string"),
                        "instance", ordered("type", "string")),
                "required", List.of("type", "title", "status"));
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
