package dev.aerie.runtime.db;

/** The SQL dialects the processor writes DDL and statements for. Used by generated code. */
public enum Dialect {
    H2, POSTGRESQL, MARIADB
}
