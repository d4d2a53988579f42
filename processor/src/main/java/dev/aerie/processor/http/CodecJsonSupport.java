package dev.aerie.processor.http;

import com.palantir.javapoet.CodeBlock;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON codecs of the JSON extension. Until that lands, routes with JSON bodies or results
 * do not compile (the generated code names codecs that do not exist yet).
 */
final class CodecJsonSupport implements JsonSupport {
    @Override
    public CodeBlock codec(TypeMirror type) {
        return CodeBlock.of("null /* JSON codec of $L: provided by the JSON extension */", type.toString());
    }

    @Override
    public Optional<Map<String, Object>> schema(TypeMirror type, Element at) {
        return Optional.empty();
    }

    @Override
    public SortedMap<String, Map<String, Object>> schemaComponents() {
        return new TreeMap<>();
    }

    @Override
    public Optional<CodeBlock> validate(TypeMirror type, String variable) {
        return Optional.empty();
    }
}
