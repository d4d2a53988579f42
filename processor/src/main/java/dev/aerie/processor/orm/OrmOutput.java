package dev.aerie.processor.orm;

import com.palantir.javapoet.JavaFile;
import javax.lang.model.element.Element;

/** Where the entity compilation sends errors and files; the core processor's context in production. */
interface OrmOutput {
    void error(Element element, String message);

    void writeJava(JavaFile file, Element origin);

    void writeResource(String path, String content);
}
