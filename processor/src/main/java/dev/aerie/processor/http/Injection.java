package dev.aerie.processor.http;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Something a controller's routes take from the graph through a {@code Provider}, looked up per
 * request: an injected handler parameter, a guard.
 *
 * @param at       where a missing binding is reported
 * @param type     the injected type
 * @param typeName its Java name
 * @param site     how messages name the injection point, such as {@code Books.create(clock)}
 */
record Injection(Element at, TypeMirror type, TypeName typeName, String site) {}
