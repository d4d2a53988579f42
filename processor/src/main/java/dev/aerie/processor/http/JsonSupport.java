package dev.aerie.processor.http;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/** The JSON side of generated routes: codecs for bodies and results, validation of {@code @Valid} bodies. */
interface JsonSupport {

    /** An expression of type {@code JsonCodec<T>} for {@code type} (boxed when primitive). */
    CodeBlock codec(TypeMirror type);

    /** A statement validating {@code variable} of {@code type} (throwing a 400 listing every violation), if it has constraints. */
    Optional<CodeBlock> validate(TypeMirror type, String variable);
}
