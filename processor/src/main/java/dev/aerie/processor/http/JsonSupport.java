package dev.aerie.processor.http;

import com.palantir.javapoet.CodeBlock;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** The JSON side of generated routes: codecs for bodies and results, validation of {@code @Valid} bodies. */
interface JsonSupport {

    /** An expression of type {@code JsonCodec<T>} for {@code type} (boxed when primitive). */
    CodeBlock codec(TypeMirror type);

    /** The JSON Schema of {@code type} (records as {@code $ref}s into {@link #schemaComponents()}), if known. */
    Optional<Map<String, Object>> schema(TypeMirror type, Element at);

    /** The schemas of the records referenced so far, by component name. */
    SortedMap<String, Map<String, Object>> schemaComponents();

    /** A statement validating {@code variable} of {@code type} (throwing a 400 listing every violation), if it has constraints. */
    Optional<CodeBlock> validate(TypeMirror type, String variable);
}
