package dev.aerie.processor.orm;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.aerie.processor.codegen.GeneratedClass;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.codegen.RuntimeTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code AppModule_OrmProvider}: the application's {@code Schema} (entity tables in
 * foreign-key order, projection mappings, DDL resources) and its {@code Database}, with the
 * static factory methods the container calls for the ORM bindings.
 */
final class OrmProviderWriter {
    static final ClassName DATABASE = ClassName.get("dev.aerie.api.db", "Database");
    static final ClassName APPLICATION_DATABASE = RuntimeTypes.APPLICATION_DATABASE;
    static final ClassName SCHEMA = RuntimeTypes.SCHEMA;
    static final ClassName DDL = RuntimeTypes.DDL;
    static final ClassName SESSION = ClassName.get("dev.aerie.api.db", "Session");
    static final ClassName CONFIG = ClassName.get("io.helidon.config", "Config");
    static final ClassName CLOCK = ClassName.get("java.time", "Clock");
    static final ClassName AERIE_CONFIG = RuntimeTypes.AERIE_CONFIG;

    private OrmProviderWriter() {}

    /** {@code p.AppModule} gives {@code p.AppModule_OrmProvider}; nested {@code p.Outer.App} gives {@code p.Outer_App_OrmProvider}. */
    static ClassName providerName(String rootModule) {
        return GeneratedClass.ORM_PROVIDER.of(ClassName.bestGuess(rootModule));
    }

    /**
     * @param imported the persistence of other compilations the application imports modules of:
     *     their tables come first (they cannot reference this compilation's), and their DDL
     *     scripts are read from their own class path entries
     * @param injectedConfig whether the container injects the Helidon {@code Config}; otherwise the
     *     provider loads {@code AerieConfig.load()} (system properties, environment, application.yaml)
     * @param injectedClock whether the application binds a {@code java.time.Clock}, which then gives
     *     the time of {@code @CreatedAt}/{@code @UpdatedAt}; otherwise the system clock, in UTC
     */
    static JavaFile write(String rootModule, List<CompiledEntities> imported, List<EntityModel> entities,
                          List<ProjectionModel> projections, boolean injectedConfig) {
        return write(rootModule, imported, entities, projections, injectedConfig, false);
    }

    static JavaFile write(String rootModule, List<CompiledEntities> imported, List<EntityModel> entities,
                          List<ProjectionModel> projections, boolean injectedConfig, boolean injectedClock) {
        ClassName provider = providerName(rootModule);
        ClassName root = ClassName.bestGuess(rootModule);
        List<ClassName> tableClasses = new ArrayList<>();
        List<ClassName> mappingClasses = new ArrayList<>();
        List<CodeBlock> ddlOwners = new ArrayList<>();
        for (CompiledEntities other : imported) {
            other.tables().forEach(t -> tableClasses.add(ClassName.bestGuess(t)));
            other.mappings().forEach(m -> mappingClasses.add(ClassName.bestGuess(m)));
            Stream.concat(other.tables().stream(), other.mappings().stream()).findFirst()
                    .ifPresent(first -> ddlOwners.add(CodeBlock.of("$T.class", ClassName.bestGuess(first))));
        }
        SchemaOrder.creationOrder(entities).forEach(e -> tableClasses.add(GeneratedNames.table(e)));
        projections.stream().sorted(Comparator.comparing(ProjectionModel::qualifiedName))
                .forEach(p -> mappingClasses.add(ProjectionWriter.mappingName(p)));
        CodeBlock tables = CodeBlock.join(tableClasses.stream().map(t -> CodeBlock.of("$T.INSTANCE", t)).toList(), ",\n");
        CodeBlock mappings = CodeBlock.join(mappingClasses.stream().map(m -> CodeBlock.of("$T.INSTANCE", m)).toList(), ",\n");
        ddlOwners.add(CodeBlock.of("$T.class", provider));
        CodeBlock ddl = imported.isEmpty()
                ? CodeBlock.of("$T.resources($T.class)", DDL, provider)
                : CodeBlock.of("$T.ofCompilations($L)", DDL, CodeBlock.join(ddlOwners, ", "));
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(provider);
        CodeBlock configuration;
        if (injectedConfig) {
            create.addJavadoc("Used by generated code: the database configured by the {@code db.} keys of {@code config}; opens nothing yet.\n")
                    .addParameter(CONFIG, "config");
            configuration = CodeBlock.of("config");
        } else {
            create.addJavadoc("Used by generated code: the database configured by the {@code db.} keys of the application's\n"
                            + "configuration (command line, system properties, environment, application.yaml); opens nothing yet.\n");
            configuration = CodeBlock.of("$T.load().helidon()", AERIE_CONFIG);
        }
        if (injectedClock) {
            create.addJavadoc("{@code clock}, the application's binding, gives the time of {@code @CreatedAt} and {@code @UpdatedAt}.\n")
                    .addParameter(CLOCK, "clock")
                    .addStatement("return new $T($T.create($L, SCHEMA, clock))", provider, APPLICATION_DATABASE, configuration);
        } else {
            create.addStatement("return new $T($T.create($L, SCHEMA))", provider, APPLICATION_DATABASE, configuration);
        }
        TypeVariableName r = TypeVariableName.get("R");
        TypeVariableName x = TypeVariableName.get("X", ClassName.get(Exception.class));
        TypeSpec type = TypeSpec.classBuilder(provider)
                .addJavadoc("The database of application {@link $T}: every entity table, projection mapping and\n"
                        + "DDL script it uses, on a connection pool opened on first use.\n", root)
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addField(FieldSpec.builder(SCHEMA, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Entity tables in foreign-key order, projection mappings and the DDL resources.\n")
                        .initializer("new $T(\n$>$>$T.of($>$>\n$L$<$<),\n$T.of($L),\n$L$<$<)",
                                SCHEMA, List.class, tables, List.class,
                                mappingClasses.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$>$>\n$L$<$<", mappings),
                                ddl)
                        .build())
                .addField(APPLICATION_DATABASE, "database", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(APPLICATION_DATABASE, "database")
                        .addStatement("this.database = database")
                        .build())
                .addMethod(create.build())
                .addMethod(MethodSpec.methodBuilder("database")
                        .addJavadoc("Used by generated code: the binding of {@link $T}.\n", DATABASE)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(DATABASE)
                        .addParameter(provider, "orm")
                        .addStatement("return orm.database")
                        .build())
                .addMethod(MethodSpec.methodBuilder("session")
                        .addJavadoc("Used by generated code: the request-bound {@link $T} services inject.\n", SESSION)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(SESSION)
                        .addParameter(provider, "orm")
                        .addStatement("return orm.database.requestSession()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("stop")
                        .addJavadoc("Used by generated code: closes the pool when the container closes.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(provider, "orm")
                        .addStatement("orm.close()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("database")
                        .addJavadoc("The database: sessions of its own, pool statistics, the dialect.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(DATABASE)
                        .addStatement("return database")
                        .build())
                .addMethod(MethodSpec.methodBuilder("createAll")
                        .addJavadoc("Creates every table and index that does not exist yet, in foreign-key order.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("database.createAll()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("dropAll")
                        .addJavadoc("Drops every table of the application, referencing tables first.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("database.dropAll()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("script")
                        .addJavadoc("The CREATE script for {@code dialect} ({@code h2}, {@code postgresql}, {@code mariadb}), as the\n"
                                + "processor wrote it; empty when there is none.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(Optional.class, String.class))
                        .addParameter(String.class, "dialect")
                        .addStatement("return database.script(dialect)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("withSession")
                        .addJavadoc("Runs {@code work} in a session of its own, outside any request: committed when it\n"
                                + "returns, rolled back if it throws.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addTypeVariable(r)
                        .addTypeVariable(x)
                        .returns(r)
                        .addParameter(ParameterizedTypeName.get(DATABASE.nestedClass("SessionWork"), r, x), "work")
                        .addException(x)
                        .addStatement("return database.withSession(work)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("database.close()")
                        .build())
                .build();
        return Generation.javaFile(provider.packageName(), type);
    }

    static TypeName type(String rootModule) {
        return providerName(rootModule);
    }
}
