package dev.aerie.runtime.internal.http.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A marker a guard reads from the route descriptor (class retention: nothing reads it at run time by reflection). */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Audited {}
