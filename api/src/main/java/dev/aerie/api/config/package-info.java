/** Typed configuration: {@link dev.aerie.api.config.ConfigProperties} records, read by generated code. */
package dev.aerie.api.config;
