/**
 * The conventions every generated file follows, in one place: how generated classes are named
 * ({@link dev.aerie.processor.codegen.GeneratedClass}), the {@code @Generated} marker and the
 * indent ({@link dev.aerie.processor.codegen.Generation}).
 */
package dev.aerie.processor.codegen;
