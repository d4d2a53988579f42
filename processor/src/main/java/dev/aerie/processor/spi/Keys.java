package dev.aerie.processor.spi;

import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** Turns types and elements into the keys and dependencies of the plain model. */
public interface Keys {

    /** The key of {@code type} with an optional qualifier annotation. */
    Key key(TypeMirror type, Optional<? extends AnnotationMirror> qualifier);

    /** The key of {@code type}, unqualified. */
    default Key key(TypeMirror type) {
        return key(type, Optional.empty());
    }

    /**
     * The dependency of an injection point (a parameter or field, with its qualifier); a
     * {@code jakarta.inject.Provider<T>} type gives a provider dependency on {@code T}.
     *
     * @param site how messages name it, e.g. {@code BooksRoutes.<init>(controller)}
     */
    Dependency dependency(Element element, TypeMirror type, String site);

    /** Whether {@code type} can be named from any package (so generated code may mention it). */
    boolean isPublic(TypeMirror type);
}
