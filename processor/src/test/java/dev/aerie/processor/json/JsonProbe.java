package dev.aerie.processor.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test only: {@link JsonProbeProcessor} asks {@link JsonSupport} about every field of a class
 * carrying this, as the HTTP extension asks about route parameters and return types.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface JsonProbe {}
