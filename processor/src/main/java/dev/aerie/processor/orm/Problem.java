package dev.aerie.processor.orm;

/** A compile error found in the entity model, reported on the element its origin names. */
record Problem(String origin, String message) {}
