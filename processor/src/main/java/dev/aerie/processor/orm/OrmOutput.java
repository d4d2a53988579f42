package dev.aerie.processor.orm;

import com.palantir.javapoet.JavaFile;
import dev.aerie.processor.spi.Diagnostic;
import javax.lang.model.element.Element;

/** Where the entity compilation sends errors and files; the core processor's context in production. */
interface OrmOutput {
    void report(Diagnostic diagnostic);

    void writeJava(JavaFile file, Element origin);

    void writeResource(String path, String content);
}
