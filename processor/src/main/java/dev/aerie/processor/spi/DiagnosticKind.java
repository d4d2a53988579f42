package dev.aerie.processor.spi;

import java.util.Locale;

/**
 * What kind of mistake a {@link Diagnostic} reports. Printed as {@code [Aerie/MissingBinding]} so
 * a user can search for it; docs/errors.md has one example and the fix per kind (a test keeps the
 * two in step). Every kind is an error except those marked as warnings.
 */
public enum DiagnosticKind {
    // dependency injection
    MISSING_BINDING,
    DUPLICATE_BINDING,
    DEPENDENCY_CYCLE,
    NOT_EXPORTED,
    SCOPE_LEAK,
    BAD_PROVIDER,
    BAD_PROVIDES_METHOD,
    BAD_INJECTION_POINT,
    BAD_LIFECYCLE,
    BAD_QUALIFIER,
    RAW_PROVIDER,
    // modules
    BAD_MODULE,
    IMPORT_CYCLE,
    UNREACHABLE_MODULE(true),
    // HTTP
    BAD_CONTROLLER,
    UNLISTED_CONTROLLER,
    BAD_ROUTE,
    BAD_PATH,
    BAD_PARAMETER,
    ROUTE_CONFLICT,
    BAD_EXCEPTION_HANDLER,
    DUPLICATE_EXCEPTION_HANDLER,
    BAD_FILTER,
    // JSON and validation
    BAD_JSON_TYPE,
    BAD_CONSTRAINT,
    // entities
    BAD_ENTITY,
    BAD_COLUMN,
    BAD_INDEX,
    BAD_REFERENCE,
    NAME_CLASH,
    BAD_PROJECTION,
    // checked SQL
    BAD_QUERIES,
    UNKNOWN_TABLE,
    UNKNOWN_COLUMN,
    AMBIGUOUS_COLUMN,
    BAD_SQL_PARAMETER,
    RESULT_MISMATCH,
    BAD_INSERT,
    DIALECT_SQL,
    UNPARSED_SQL(true),
    UNCHECKED_SQL(true),
    // configuration
    BAD_CONFIG_PROPERTIES,
    // the processor itself
    WRITE_FAILED,
    INTERNAL_ERROR;

    private final boolean warning;

    DiagnosticKind() {
        this(false);
    }

    DiagnosticKind(boolean warning) {
        this.warning = warning;
    }

    /** A warning does not fail the build; everything else is an error. */
    public boolean warning() {
        return warning;
    }

    /** The name users see, {@code MissingBinding} for {@link #MISSING_BINDING}. */
    public String label() {
        StringBuilder label = new StringBuilder();
        for (String word : name().split("_")) {
            label.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return label.toString();
    }
}
