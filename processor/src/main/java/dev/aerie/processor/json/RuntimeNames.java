package dev.aerie.processor.json;

import com.palantir.javapoet.ClassName;
import dev.aerie.processor.codegen.RuntimeTypes;

/** Names of the runtime and jackson types generated code uses; the processor does not link them. */
final class RuntimeNames {
    private RuntimeNames() {}

    static final String JSON_PACKAGE = RuntimeTypes.JSON_PACKAGE;
    static final String VALIDATION_PACKAGE = RuntimeTypes.VALIDATION_PACKAGE;

    static final ClassName JSON_CODEC = ClassName.get(JSON_PACKAGE, "JsonCodec");
    static final ClassName JSON_CODECS = ClassName.get(JSON_PACKAGE, "JsonCodecs");
    static final ClassName JSON_READS = ClassName.get(JSON_PACKAGE, "JsonReads");

    static final ClassName VIOLATIONS = ClassName.get(VALIDATION_PACKAGE, "Violations");
    static final ClassName CONSTRAINTS = ClassName.get(VALIDATION_PACKAGE, "Constraints");

    static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    static final ClassName SERIALIZABLE_STRING = ClassName.get("com.fasterxml.jackson.core", "SerializableString");
    static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");

    static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
    static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
}
