package dev.aerie.processor.read;

import javax.lang.model.element.Element;

/** Whether an element comes from source being compiled or from a class file (a library). */
@FunctionalInterface
public interface Origins {
    boolean inSource(Element element);
}
