package dev.aerie.processor.spi;

import com.palantir.javapoet.JavaFile;
import dev.aerie.processor.model.Source;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/** What the core gives an extension. */
public interface ExtensionContext {

    ProcessingEnvironment env();

    Reporter reporter();

    Keys keys();

    /** A model {@link Source} for {@code element}, so graph problems about it land on it. */
    Source sourceOf(Element element);

    /**
     * Writes a generated Java file once per compilation (later calls for the same class are
     * ignored), reporting a failure as an error on {@code origin}.
     */
    void writeJava(JavaFile file, Element origin);

    /** Writes a resource under {@code CLASS_OUTPUT}, e.g. {@code META-INF/aerie/...}. */
    void writeResource(String path, String content, Element origin);
}
