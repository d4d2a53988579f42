package dev.aerie.processor.orm;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.aerie.processor.codegen.Generation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Book_Table implements EntityTable<Book>}: the columns, the statements per
 * dialect as constants, and the conversions between an entity and its row, all as plain calls
 * to constructors and accessors.
 */
final class TableWriter {
    private static final String[] STATEMENTS = {"INSERT", "UPDATE", "DELETE_BY_ID", "SELECT_BY_ID", "SELECT_ALL"};

    private final EntityModel entity;
    private final ClassName entityName;
    private final List<FieldModel> columns;

    private TableWriter(EntityModel entity) {
        this.entity = entity;
        this.entityName = GeneratedNames.entity(entity);
        this.columns = entity.columns();
    }

    static JavaFile write(EntityModel entity) {
        return new TableWriter(entity).file();
    }

    private JavaFile file() {
        ClassName table = GeneratedNames.table(entity);
        TypeName columnInfoList = ParameterizedTypeName.get(ClassName.get(List.class), GeneratedNames.COLUMN_INFO);
        TypeSpec.Builder type = TypeSpec.classBuilder(table)
                .addJavadoc("Table {@code $L} of {@link $T}: its columns, statements and row mapping.\n", entity.table(), entityName)
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(GeneratedNames.ENTITY_TABLE, entityName))
                .addField(FieldSpec.builder(table, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The only instance; it holds no state.\n")
                        .initializer("new $T()", table)
                        .build())
                .addField(FieldSpec.builder(columnInfoList, "COLUMNS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(columnInfos())
                        .build());
        for (SqlDialect dialect : SqlDialect.values()) {
            SqlStatements sql = new SqlStatements(dialect, entity);
            String[] texts = {sql.insert(), sql.update(), sql.deleteById(), sql.selectById(), sql.selectAll()};
            for (int i = 0; i < STATEMENTS.length; i++) {
                type.addField(FieldSpec.builder(String.class, constant(dialect, STATEMENTS[i]),
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", texts[i])
                        .build());
            }
        }
        // the PostgreSQL statements again with $1, $2... markers, for the Vert.x client: numbered here, not at run time
        String[] numbered = numbered(new SqlStatements(SqlDialect.POSTGRESQL, entity));
        for (int i = 0; i < STATEMENTS.length; i++) {
            type.addField(FieldSpec.builder(String.class, "NUMBERED_" + STATEMENTS[i],
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", numbered[i])
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(override("type", ParameterizedTypeName.get(ClassName.get(Class.class), entityName))
                        .addStatement("return $T.class", entityName).build())
                .addMethod(override("table", ClassName.get(String.class))
                        .addStatement("return $S", entity.table()).build())
                .addMethod(override("columns", columnInfoList).addStatement("return COLUMNS").build())
                .addMethod(override("generatedId", TypeName.BOOLEAN)
                        .addStatement("return $L", entity.generatedId()).build())
                .addMethod(id())
                .addMethod(withId())
                .addMethod(values())
                .addMethod(read())
                .addMethod(sql())
                .addMethod(numberedSql());
        if (columns.stream().anyMatch(FieldModel::timestamp)) {
            type.addMethod(stamped());
        }
        if (columns.stream().anyMatch(c -> c.type().valueKind() == ValueKind.ENUM && c.nullable())) {
            type.addMethod(MethodSpec.methodBuilder("nameOf")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(String.class)
                    .addParameter(ParameterizedTypeName.get(ClassName.get(Enum.class), WildcardTypeName.subtypeOf(Object.class)), "value")
                    .addStatement("return value == null ? null : value.name()")
                    .build());
        }
        return Generation.javaFile(table.packageName(), type.build());
    }

    private CodeBlock columnInfos() {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class).indent();
        for (int i = 0; i < columns.size(); i++) {
            FieldModel c = columns.get(i);
            String limits = switch (c.type().valueKind()) {
                case STRING, ENUM -> c.text() ? "" : ", " + (c.length() > 0 ? c.length() : SqlDialect.DEFAULT_LENGTH) + ", 0";
                case BIG_DECIMAL -> ", " + SqlDialect.precision(c) + ", " + SqlDialect.scale(c);
                default -> "";
            };
            code.add("\nnew $T($S, $T.$L, $L, $L$L)$L", GeneratedNames.COLUMN_INFO, c.column(), GeneratedNames.COLUMN_TYPE,
                    c.type().valueKind().name(), c.nullable(), c.id(), limits, i + 1 < columns.size() ? "," : "");
        }
        return code.unindent().add(")").build();
    }

    /** The id's value; a composite key's values as a list in key order. */
    private MethodSpec id() {
        MethodSpec.Builder method = override("id", ClassName.get(Object.class)).addParameter(entityName, "entity");
        if (!entity.compositeKey()) {
            return method.addStatement("return $L", accessor(entity.idField())).build();
        }
        List<CodeBlock> values = entity.idFields().stream().map(f -> CodeBlock.of("$L", accessor(f))).toList();
        return method.addJavadoc("The key's values in key order, as {@code find} and {@code deleteById} take them.\n")
                .addStatement("return $T.of($L)", List.class, CodeBlock.join(values, ", ")).build();
    }

    private MethodSpec withId() {
        if (entity.compositeKey()) {
            // a composite key is never generated: the entity already carries it
            return override("withId", entityName)
                    .addParameter(entityName, "entity")
                    .addParameter(Object.class, "id")
                    .addStatement("return entity")
                    .build();
        }
        FieldModel id = entity.idField();
        CodeBlock idValue = switch (id.type().valueKind()) {
            // drivers hand back generated keys as Integer, Long or BigDecimal
            case INT -> CodeBlock.of("(($T) id).intValue()", Number.class);
            case LONG -> CodeBlock.of("(($T) id).longValue()", Number.class);
            case SHORT -> CodeBlock.of("(($T) id).shortValue()", Number.class);
            default -> CodeBlock.of("($T) id", JavaTypes.boxed(id.type()));
        };
        List<CodeBlock> arguments = new ArrayList<>();
        for (String name : entity.constructor().orElseThrow()) {
            FieldModel field = entity.field(name).orElseThrow();
            if (field.id()) {
                arguments.add(idValue);
            } else if (field.accessor().isPresent()) {
                arguments.add(CodeBlock.of("$L", accessor(field)));
            } else {
                arguments.add(CodeBlock.of("$L", JavaTypes.defaultValue(field.type())));
            }
        }
        return override("withId", entityName)
                .addParameter(entityName, "entity")
                .addParameter(Object.class, "id")
                .addStatement("return new $T($L)", entityName, CodeBlock.join(arguments, ", "))
                .build();
    }

    /** The entity with its @CreatedAt (insert, when null) and @UpdatedAt (update; insert when null) fields set to {@code now}. */
    private MethodSpec stamped() {
        List<CodeBlock> arguments = new ArrayList<>();
        for (String name : entity.constructor().orElseThrow()) {
            FieldModel field = entity.field(name).orElseThrow();
            if (field.accessor().isEmpty()) {
                arguments.add(CodeBlock.of("$L", JavaTypes.defaultValue(field.type())));
                continue;
            }
            String value = accessor(field);
            if (!field.persistent() || !field.timestamp()) {
                arguments.add(CodeBlock.of("$L", value));
                continue;
            }
            CodeBlock now = field.type().valueKind() == ValueKind.OFFSET_DATE_TIME
                    ? CodeBlock.of("now.atOffset($T.UTC)", ClassName.get("java.time", "ZoneOffset"))
                    : CodeBlock.of("now");
            arguments.add(field.createdAt()
                    ? CodeBlock.of("insert && $L == null ? $L : $L", value, now, value)
                    : CodeBlock.of("insert && $L != null ? $L : $L", value, value, now));
        }
        return override("stamped", entityName)
                .addParameter(entityName, "entity")
                .addParameter(ClassName.get("java.time", "Instant"), "now")
                .addParameter(TypeName.BOOLEAN, "insert")
                .addCode("return new $T(\n$>$>$L$<$<);\n", entityName, CodeBlock.join(arguments, ",\n"))
                .build();
    }

    private MethodSpec values() {
        List<CodeBlock> values = new ArrayList<>();
        for (FieldModel c : columns) {
            String value = accessor(c);
            if (c.type().valueKind() == ValueKind.ENUM) {
                value = c.nullable() ? "nameOf(" + value + ")" : value + ".name()";
            }
            values.add(CodeBlock.of("$L", value));
        }
        return override("values", TypeName.get(Object[].class))
                .addJavadoc("Enums as their name; everything else as the field holds it.\n")
                .addParameter(entityName, "entity")
                .addCode("return new Object[] {\n$>$>$L$<$<};\n", CodeBlock.join(values, ",\n"))
                .build();
    }

    private MethodSpec read() {
        MethodSpec.Builder method = override("read", entityName).addParameter(GeneratedNames.COLUMN_READER, "row");
        List<CodeBlock> arguments = new ArrayList<>();
        for (String name : entity.constructor().orElseThrow()) {
            FieldModel field = entity.field(name).orElseThrow();
            int index = columns.indexOf(field);
            if (index < 0) {
                arguments.add(CodeBlock.of("$L", JavaTypes.defaultValue(field.type())));
                continue;
            }
            ValueKind kind = field.type().valueKind();
            CodeBlock read = CodeBlock.of("row.$L($L)", JavaTypes.getter(kind), index);
            if (kind == ValueKind.ENUM) {
                TypeName enumType = JavaTypes.boxed(field.type());
                if (field.nullable()) {
                    String local = field.name() + "Name";
                    method.addStatement("$T $L = $L", String.class, local, read);
                    read = CodeBlock.of("$L == null ? null : $T.valueOf($L)", local, enumType, local);
                } else {
                    read = CodeBlock.of("$T.valueOf($L)", enumType, read);
                }
            }
            arguments.add(read);
        }
        return method.addCode("return new $T(\n$>$>$L$<$<);\n", entityName, CodeBlock.join(arguments, ",\n")).build();
    }

    private MethodSpec sql() {
        CodeBlock.Builder code = CodeBlock.builder().add("return switch (dialect) {\n").indent();
        for (SqlDialect dialect : SqlDialect.values()) {
            code.add("case $L -> switch (statement) {\n", dialect.runtimeName()).indent();
            for (String statement : STATEMENTS) {
                code.add("case $L -> $L;\n", statement, constant(dialect, statement));
            }
            code.unindent().add("};\n");
        }
        code.unindent().add("};\n");
        return override("sql", ClassName.get(String.class))
                .addParameter(GeneratedNames.STATEMENT, "statement")
                .addParameter(GeneratedNames.DIALECT, "dialect")
                .addCode(code.build())
                .build();
    }

    private MethodSpec numberedSql() {
        CodeBlock.Builder code = CodeBlock.builder().add("return switch (statement) {\n").indent();
        for (String statement : STATEMENTS) {
            code.add("case $L -> NUMBERED_$L;\n", statement, statement);
        }
        code.unindent().add("};\n");
        return override("numberedSql", ClassName.get(String.class))
                .addParameter(GeneratedNames.STATEMENT, "statement")
                .addCode(code.build())
                .build();
    }

    /** The statements with each {@code ?} outside quoted identifiers replaced by {@code $1}, {@code $2}... */
    static String[] numbered(SqlStatements sql) {
        String[] texts = {sql.insert(), sql.update(), sql.deleteById(), sql.selectById(), sql.selectAll()};
        for (int i = 0; i < texts.length; i++) {
            StringBuilder out = new StringBuilder(texts[i].length() + 8);
            int marker = 0;
            boolean quoted = false;
            for (char c : texts[i].toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == '?' && !quoted) {
                    out.append('$').append(++marker);
                } else {
                    out.append(c);
                }
            }
            texts[i] = out.toString();
        }
        return texts;
    }

    private String accessor(FieldModel field) {
        return field.accessor().orElseThrow().on("entity");
    }

    private static String constant(SqlDialect dialect, String statement) {
        return dialect.name().toUpperCase(Locale.ROOT) + "_" + statement;
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
