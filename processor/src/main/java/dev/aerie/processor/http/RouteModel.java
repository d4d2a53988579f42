package dev.aerie.processor.http;

import com.palantir.javapoet.TypeName;
import java.util.List;
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
 */
record RouteModel(ExecutableElement element, String httpMethod, String path, List<ParamModel> params,
                  Result result, int status) {

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
