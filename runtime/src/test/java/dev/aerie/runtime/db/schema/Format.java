package dev.aerie.runtime.db.schema;

/** An enum column, stored by name. */
public enum Format { HARDCOVER, PAPERBACK, EBOOK }
