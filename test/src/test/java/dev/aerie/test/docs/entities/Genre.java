package dev.aerie.test.docs.entities;

/** Stored by name. */
public enum Genre { NOVEL, POETRY, ESSAY }
