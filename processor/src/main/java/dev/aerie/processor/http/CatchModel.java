package dev.aerie.processor.http;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One exception type a {@code @Catches} method answers.
 *
 * @param exception     the exception type
 * @param exceptionName its Java name
 * @param method        the handler method
 * @param owner         the injectable declaring it
 * @param ownerName     its Java name
 * @param body          the body type of the {@code Response<T>} it returns
 * @param bodyName      its Java name
 */
record CatchModel(TypeMirror exception, TypeName exceptionName, ExecutableElement method, TypeMirror owner,
                  TypeName ownerName, TypeMirror body, TypeName bodyName) {

    /** How messages name the handler: {@code ApiErrors.unprocessable}. */
    String display() {
        return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    }
}
