package dev.aerie.processor.config;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.GeneratedClass;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.codegen.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code <Record>_ConfigReader}: one typed read per component, in constructor order. */
final class ConfigReaderWriter {
    private static final ClassName AERIE_CONFIG = RuntimeTypes.AERIE_CONFIG;
    private static final ClassName CONFIG_VALUES = RuntimeTypes.CONFIG_VALUES;

    private ConfigReaderWriter() {}

    static ClassName readerName(ConfigRecord record) {
        return GeneratedClass.CONFIG_READER.of(record.type());
    }

    static JavaFile write(ConfigRecord record) {
        ClassName reader = readerName(record);
        List<CodeBlock> arguments = new ArrayList<>();
        for (ConfigRecord.Component component : record.components()) {
            arguments.add(read(record, component));
        }
        CodeBlock construct = arguments.isEmpty()
                ? CodeBlock.of("return new $T()", record.type())
                : CodeBlock.of("return new $T(\n$L)", record.type(), CodeBlock.join(arguments, ",\n"));
        TypeSpec type = TypeSpec.classBuilder(reader)
                .addJavadoc("Reads {@link $T} from the configuration keys {@code $L.*}.\n", record.type(), record.prefix())
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addJavadoc("The record from the application's configuration, as the container creates it.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(record.type())
                        .addStatement("return read($T.load())", AERIE_CONFIG)
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addJavadoc("The container's start hook: it makes the container read the record when it starts,\n"
                                + "while the command line's {@code --key=value} arguments count, so a missing key stops the start.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(record.type(), "settings")
                        .addStatement("$T.requireNonNull(settings)", java.util.Objects.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addJavadoc("The record from {@code config}; fails naming the key of a required value that is not set.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(record.type())
                        .addParameter(AERIE_CONFIG, "config")
                        .addStatement(construct)
                        .build())
                .build();
        return Generation.javaFile(record.type().packageName(), type);
    }

    private static CodeBlock read(ConfigRecord record, ConfigRecord.Component component) {
        String key = component.key();
        String owner = record.type().simpleName() + "." + component.name();
        if (component.defaultValue().isPresent()) {
            CodeBlock value = DefaultValues.expression(component.type(), component.defaultValue().get()).orElseThrow();
            return switch (component.type()) {
                case STRING -> CodeBlock.of("config.get($S, $L)", key, value);
                case INT -> CodeBlock.of("config.getInt($S, $L)", key, value);
                case LONG -> CodeBlock.of("config.getLong($S, $L)", key, value);
                case BOOLEAN -> CodeBlock.of("config.getBoolean($S, $L)", key, value);
                case DURATION -> CodeBlock.of("config.getDuration($S, $L)", key, value);
                case LIST -> CodeBlock.of("$T.list(config, $S, $L)", CONFIG_VALUES, key, value);
                default -> throw new IllegalStateException("an Optional has no default: " + owner);
            };
        }
        return switch (component.type()) {
            case STRING -> CodeBlock.of("$T.string(config, $S, $S)", CONFIG_VALUES, key, owner);
            case INT -> CodeBlock.of("$T.integer(config, $S, $S)", CONFIG_VALUES, key, owner);
            case LONG -> CodeBlock.of("$T.longInteger(config, $S, $S)", CONFIG_VALUES, key, owner);
            case BOOLEAN -> CodeBlock.of("$T.bool(config, $S, $S)", CONFIG_VALUES, key, owner);
            case DURATION -> CodeBlock.of("$T.duration(config, $S, $S)", CONFIG_VALUES, key, owner);
            case LIST -> CodeBlock.of("config.getList($S)", key);
            case OPTIONAL_STRING -> CodeBlock.of("config.get($S)", key);
            case OPTIONAL_INTEGER -> CodeBlock.of("$T.optionalInteger(config, $S)", CONFIG_VALUES, key);
            case OPTIONAL_LONG -> CodeBlock.of("$T.optionalLong(config, $S)", CONFIG_VALUES, key);
            case OPTIONAL_BOOLEAN -> CodeBlock.of("$T.optionalBoolean(config, $S)", CONFIG_VALUES, key);
            case OPTIONAL_DURATION -> CodeBlock.of("$T.optionalDuration(config, $S)", CONFIG_VALUES, key);
        };
    }
}
