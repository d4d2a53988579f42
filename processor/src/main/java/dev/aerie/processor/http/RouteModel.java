package dev.aerie.processor.http;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One controller method that answers an HTTP method on a path.
 *
 * @param element    the method
 * @param httpMethod GET, POST, PUT, PATCH or DELETE
 * @param path       the full normalized path, such as {@code /books/{id}}
 * @param params     how each parameter is bound, in order
 * @param result     what the method returns and how it is sent
 * @param status     the success status
 * @param guards      the guards it runs, in order (module ones are added per application)
 * @param interceptors the interceptors around its handler call, outermost first (likewise)
 * @param annotations qualified names of the annotations on the method and its controller, sorted
 * @param values      by annotation name, the text {@code value} of those annotations (the method's over its class's)
 */
record RouteModel(ExecutableElement element, String httpMethod, String path, List<ParamModel> params,
                  Result result, int status, List<GuardModel> guards, List<GuardModel> interceptors,
                  List<String> annotations, Map<String, List<String>> values) {

    /**
     * This route with its modules' guards and interceptors before its own; one attached twice
     * runs at its first place.
     */
    RouteModel withOuter(List<GuardModel> outerGuards, List<GuardModel> outerInterceptors) {
        return new RouteModel(element, httpMethod, path, params, result, status, merged(outerGuards, guards),
                merged(outerInterceptors, interceptors), annotations, values);
    }

    private static List<GuardModel> merged(List<GuardModel> outer, List<GuardModel> own) {
        List<GuardModel> all = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (GuardModel guard : java.util.stream.Stream.concat(outer.stream(), own.stream()).toList()) {
            if (seen.add(guard.typeName().toString())) {
                all.add(guard);
            }
        }
        return List.copyOf(all);
    }

    String methodName() {
        return element.getSimpleName().toString();
    }

    /** The body parameter, if any. */
    Optional<ParamModel.JsonBody> body() {
        return params.stream().filter(ParamModel.JsonBody.class::isInstance).map(ParamModel.JsonBody.class::cast).findFirst();
    }

    /** The path with variables blanked, so {@code /a/{x}} and {@code /a/{y}} collide. */
    String shape() {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    /** How the return value becomes the response. */
    sealed interface Result {
        /** {@code void}: 204 (or {@code @Status}). */
        record Empty() implements Result {}

        /** A value written as JSON. */
        record Value(TypeMirror type, TypeName name) implements Result {}

        /** {@code Optional<T>}: empty is 404. */
        record Maybe(TypeMirror type, TypeName name) implements Result {}

        /** {@code Response<T>}: status and headers from the value. */
        record Full(TypeMirror type, TypeName name) implements Result {}
    }
}
