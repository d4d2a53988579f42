package dev.aerie.runtime.internal.db.schema;

/** An enum column, stored by name. */
public enum Format { HARDCOVER, PAPERBACK, EBOOK }
