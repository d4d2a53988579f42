/**
 * Micrometer: the {@code MeterRegistry} binding an application's injectables get when they inject
 * one ({@link dev.aerie.processor.metrics.MetricsExtension}).
 */
package dev.aerie.processor.metrics;
