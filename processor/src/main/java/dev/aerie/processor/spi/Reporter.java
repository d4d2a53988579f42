package dev.aerie.processor.spi;

import dev.aerie.processor.model.Source;
import javax.lang.model.element.Element;

/** Collects compile errors; every one is reported, on its element. */
public interface Reporter {

    /** An error on {@code element}. Messages should name the problem, the place and the fix. */
    void error(Element element, String message);

    /** An error on the element behind a model's {@link Source}. */
    void error(Source source, String message);

    /** Whether any error was reported in this compilation. */
    boolean hasErrors();
}
