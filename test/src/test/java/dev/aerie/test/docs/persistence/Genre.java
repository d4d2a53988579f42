package dev.aerie.test.docs.persistence;

/** Stored by name. */
public enum Genre { NOVEL, POETRY }
