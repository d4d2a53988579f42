package dev.aerie.processor.codegen;

import com.palantir.javapoet.ClassName;

/**
 * The classes the processor generates, and the one rule that names them all: in the package of
 * the type they are generated for, that type's simple names joined by {@code _}, then the suffix.
 * {@code p.BooksService} gives {@code p.BooksService_Factory}; nested {@code p.Outer.Inner} gives
 * {@code p.Outer_Inner_Factory}.
 */
public enum GeneratedClass {
    /** {@code <Root>_Application}: the container of a root module (the runtime finds it by this name). */
    APPLICATION("_Application"),
    /** {@code <Class>_Factory}: creates an injectable the container cannot create in place. */
    FACTORY("_Factory"),
    /** {@code <Module>_Wiring}: reaches the {@code @Provides} methods the container cannot call itself. */
    WIRING("_Wiring"),
    /** {@code <Superclass>_MembersInjector}: injects the members a superclass declares. */
    MEMBERS_INJECTOR("_MembersInjector"),
    /** {@code <Controller>_Http}: a controller's routes; {@code <Root>_Http}: all routes of an application. */
    HTTP("_Http"),
    /** {@code <Type>_JsonCodec}: reads and writes a record as JSON. */
    JSON_CODEC("_JsonCodec"),
    /** {@code <Type>_Validator}: checks a record's jakarta.validation constraints. */
    VALIDATOR("_Validator"),
    /** {@code <Entity>_Table}: an entity's columns, statements and row mapping. */
    TABLE("_Table"),
    /** {@code <Entity>_}: the metamodel, one {@code ColumnRef} constant per column. */
    METAMODEL("_"),
    /** {@code <Projection>_Mapping}: reads a projection record from a result row. */
    MAPPING("_Mapping"),
    /** {@code <Root>_OrmProvider}: an application's schema and sessions. */
    ORM_PROVIDER("_OrmProvider"),
    /** {@code <Record>_ConfigReader}: reads a {@code @ConfigProperties} record from the configuration. */
    CONFIG_READER("_ConfigReader");

    private final String suffix;

    GeneratedClass(String suffix) {
        this.suffix = suffix;
    }

    /** What is appended to the joined simple names, such as {@code _Factory}. */
    public String suffix() {
        return suffix;
    }

    /** The class of this kind generated for {@code type}. */
    public ClassName of(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
    }
}
