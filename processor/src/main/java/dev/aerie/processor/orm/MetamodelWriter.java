package dev.aerie.processor.orm;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.Generation;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code Book_}: a {@code ColumnRef<Book, V>} constant per column, for typed queries ({@code Book_.year}). */
final class MetamodelWriter {
    static final ClassName FOREIGN_KEY = ClassName.get("dev.aerie.api.db", "ForeignKey");

    private MetamodelWriter() {}

    static JavaFile write(EntityModel entity) {
        ClassName entityName = GeneratedNames.entity(entity);
        ClassName metamodel = GeneratedNames.metamodel(entity);
        TypeSpec.Builder type = TypeSpec.classBuilder(metamodel)
                .addJavadoc("The columns of {@link $T}, for typed queries.\n", entityName)
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (FieldModel column : entity.columns()) {
            TypeName valueType = JavaTypes.boxed(column.type());
            if (column.references().isPresent() && column.referencesEntity()) {
                // a foreign key: a column, and what join(...) takes
                ClassName target = ClassName.bestGuess(column.references().get());
                type.addField(FieldSpec.builder(
                                ParameterizedTypeName.get(FOREIGN_KEY, entityName, valueType, target),
                                column.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Column {@code $L}, a foreign key to {@link $T}: a query joins along it with {@code join($L.$L)}.\n",
                                column.column(), target, metamodel.simpleName(), column.name())
                        .initializer("$T.of($T.class, $S, $T.class)", FOREIGN_KEY, entityName, column.column(), target)
                        .build());
                continue;
            }
            type.addField(FieldSpec.builder(
                            ParameterizedTypeName.get(GeneratedNames.COLUMN_REF, entityName, valueType),
                            column.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Column {@code $L}.\n", column.column())
                    .initializer("$T.of($T.class, $S)", GeneratedNames.COLUMN_REF, entityName, column.column())
                    .build());
        }
        if (entity.compositeKey()) {
            type.addMethod(key(entity));
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return Generation.javaFile(metamodel.packageName(), type.build());
    }

    /** {@code key(articleId, tagId)}: a composite key as {@code find} and {@code deleteById} take it, typed at the call. */
    private static MethodSpec key(EntityModel entity) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addJavadoc("The key of one row, for {@code find} and {@code deleteById}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class)));
        for (FieldModel id : entity.idFields()) {
            method.addParameter(JavaTypes.declared(id.type()), id.name());
        }
        return method.addStatement("return $T.of($L)", List.class,
                        String.join(", ", entity.idFields().stream().map(FieldModel::name).toList()))
                .build();
    }
}
