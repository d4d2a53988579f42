package dev.aerie.processor.json;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A type or constraint the generators cannot handle, with the element (and annotation) to report
 * it on. {@link JsonSupport} turns it into a compiler error.
 */
final class JsonProblem extends Exception {
    private final transient Element element;
    private final transient AnnotationMirror annotation;

    JsonProblem(String message, Element element) {
        this(message, element, null);
    }

    JsonProblem(String message, Element element, AnnotationMirror annotation) {
        super(message, null, false, false);
        this.element = element;
        this.annotation = annotation;
    }

    Element element() {
        return element;
    }

    Optional<AnnotationMirror> annotation() {
        return Optional.ofNullable(annotation);
    }
}
