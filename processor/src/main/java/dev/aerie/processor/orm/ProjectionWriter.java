package dev.aerie.processor.orm;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.GeneratedClass;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.codegen.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/** Writes {@code R_Mapping implements RowMapping<R>} for a {@code @Projection} record R. */
final class ProjectionWriter {
    static final ClassName ROW_MAPPING = RuntimeTypes.ROW_MAPPING;
    static final ClassName JOIN_MAPPING = RuntimeTypes.JOIN_MAPPING;

    private ProjectionWriter() {}

    static ClassName mappingName(ProjectionModel projection) {
        return GeneratedClass.MAPPING.of(GeneratedNames.className(projection.type()));
    }

    static JavaFile write(ProjectionModel projection) {
        ClassName record = GeneratedNames.className(projection.type());
        ClassName mapping = mappingName(projection);
        TypeName stringList = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
        List<CodeBlock> labels = new ArrayList<>();
        MethodSpec.Builder read = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addParameter(GeneratedNames.COLUMN_READER, "row");
        List<CodeBlock> arguments = new ArrayList<>();
        List<FieldModel> components = projection.components();
        for (int i = 0; i < components.size(); i++) {
            FieldModel component = components.get(i);
            labels.add(CodeBlock.of("$S", component.column().toLowerCase(Locale.ROOT)));
            ValueKind kind = component.type().valueKind();
            CodeBlock value = CodeBlock.of("row.$L($L)", JavaTypes.getter(kind), i);
            if (kind == ValueKind.ENUM) {
                // raw SQL can give NULL for any column
                String local = component.name() + "Name";
                read.addStatement("$T $L = $L", String.class, local, value);
                value = CodeBlock.of("$L == null ? null : $T.valueOf($L)", local, JavaTypes.boxed(component.type()), local);
            }
            arguments.add(value);
        }
        read.addCode("return new $T(\n$>$>$L$<$<);\n", record, CodeBlock.join(arguments, ",\n"));
        boolean joined = !projection.sources().isEmpty();
        TypeSpec.Builder type = TypeSpec.classBuilder(mapping)
                .addJavadoc(joined
                        ? CodeBlock.of("Maps a result row to {@link $T} by column label; a join query selects each component's\n"
                                + "column of its entity ({@link #sources()}).\n", record)
                        : CodeBlock.of("Maps a result row to {@link $T} by column label.\n", record))
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(joined ? JOIN_MAPPING : ROW_MAPPING, record))
                .addField(FieldSpec.builder(mapping, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The only instance; it holds no state.\n")
                        .initializer("new $T()", mapping)
                        .build())
                .addField(FieldSpec.builder(stringList, "COLUMN_NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($L)", List.class, CodeBlock.join(labels, ", "))
                        .build());
        TypeName sourceList = ParameterizedTypeName.get(ClassName.get(List.class), JOIN_MAPPING.nestedClass("Source"));
        if (joined) {
            List<CodeBlock> sources = projection.sources().stream()
                    .map(s -> CodeBlock.of("new $T($T.class, $S)", JOIN_MAPPING.nestedClass("Source"),
                            GeneratedNames.entity(s.entity()), s.column().column().toLowerCase(Locale.ROOT)))
                    .toList();
            type.addField(FieldSpec.builder(sourceList, "SOURCES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(sources, ",\n"))
                    .build());
        }
        type
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("type")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), record))
                        .addStatement("return $T.class", record)
                        .build())
                .addMethod(MethodSpec.methodBuilder("columnNames")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(stringList)
                        .addStatement("return COLUMN_NAMES")
                        .build())
                .addMethod(read.build());
        if (joined) {
            type.addMethod(MethodSpec.methodBuilder("sources")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(sourceList)
                    .addStatement("return SOURCES")
                    .build());
        }
        return Generation.javaFile(mapping.packageName(), type.build());
    }
}
