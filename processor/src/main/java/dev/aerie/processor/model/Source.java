package dev.aerie.processor.model;

/**
 * Where something was declared, as an opaque id the processor maps back to its source element so
 * that graph errors land on the right line. Plain models and their tests use any string.
 */
public record Source(String id) {}
