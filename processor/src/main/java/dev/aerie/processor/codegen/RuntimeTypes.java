package dev.aerie.processor.codegen;

import com.palantir.javapoet.ClassName;

/**
 * Every runtime class generated code names, in one place: when one moves, change it here (and in
 * the processor tests' {@code RuntimeSources}). The processor does not link these classes; it only
 * writes their names. They live in {@code dev.aerie.runtime.internal...} (not an API), except
 * {@link #AERIE_CONFIG} and the JSON runtime of {@code aerie-runtime-json}.
 */
public final class RuntimeTypes {
    private static final String INTERNAL = "dev.aerie.runtime.internal";
    private static final String DB = INTERNAL + ".db";
    private static final String HTTP = INTERNAL + ".http";
    private static final String JSON = "dev.aerie.runtime.json";
    private static final String VALIDATION = "dev.aerie.runtime.validation";

    // the container
    public static final ClassName APPLICATION_CONTAINER = ClassName.get(INTERNAL, "ApplicationContainer");
    public static final ClassName LIFECYCLE_HOOK = ClassName.get(INTERNAL, "LifecycleHook");
    public static final ClassName REQUEST_SCOPE = ClassName.get(INTERNAL, "RequestScope");

    // configuration
    public static final ClassName AERIE_CONFIG = ClassName.get("dev.aerie.runtime.config", "AerieConfig");
    /** What the reader of a {@code @ConfigProperties} record calls for required and optional values. */
    public static final ClassName CONFIG_VALUES = ClassName.get(INTERNAL + ".config", "ConfigValues");

    // persistence
    public static final ClassName APPLICATION_DATABASE = ClassName.get(INTERNAL + ".orm", "ApplicationDatabase");
    public static final ClassName SCHEMA = ClassName.get(DB, "Schema");
    public static final ClassName DDL = ClassName.get(DB, "Ddl");
    public static final ClassName ENTITY_TABLE = ClassName.get(DB, "EntityTable");
    public static final ClassName COLUMN_TYPE = ClassName.get(DB, "ColumnType");
    public static final ClassName COLUMN_READER = ClassName.get(DB, "ColumnReader");
    public static final ClassName DIALECT = ClassName.get(DB, "Dialect");
    public static final ClassName ROW_MAPPING = ClassName.get(DB, "RowMapping");
    public static final ClassName JOIN_MAPPING = ClassName.get(DB, "JoinMapping");

    // metrics: the MeterRegistry binding (its class needs Micrometer, which the application then has)
    public static final ClassName APPLICATION_METERS = ClassName.get(INTERNAL + ".metrics", "ApplicationMeters");

    // HTTP
    public static final ClassName HTTP_APPLICATION = ClassName.get(HTTP, "HttpApplication");
    public static final ClassName ROUTE_INFO = ClassName.get(HTTP, "RouteInfo");
    public static final ClassName PARAMS = ClassName.get(HTTP, "Params");
    public static final ClassName ENDPOINTS = ClassName.get(HTTP, "Endpoints");
    public static final ClassName CURRENT_REQUEST = ClassName.get(HTTP, "CurrentRequest");
    public static final ClassName CATCHER = ClassName.get(HTTP, "Catcher");
    public static final ClassName FORM_FIELDS = ClassName.get(HTTP, "FormFields");

    // JSON and validation (aerie-runtime-json)
    public static final String JSON_PACKAGE = JSON;
    public static final String VALIDATION_PACKAGE = VALIDATION;
    public static final ClassName JSON_CODEC = ClassName.get(JSON, "JsonCodec");
    public static final ClassName VIOLATIONS = ClassName.get(VALIDATION, "Violations");

    private RuntimeTypes() {}
}
