package dev.aerie.processor.spi;

import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.ResolvedApplication;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;

/**
 * A part of the processor that handles its own annotations (HTTP controllers, ORM entities) on
 * top of the dependency-injection core. Extensions are listed in code in {@code AerieProcessor}.
 *
 * <p>Per compilation the core calls, in this order: {@link #round} every round; then for every
 * root module whose types are complete, {@link #bindings} (before the graph is validated, so the
 * bindings take part in missing-binding, visibility, cycle and scope checks) and, when the graph
 * is valid, {@link #write}; and {@link #finish} once processing is over.
 */
public interface AerieExtension {

    /** Qualified names of the annotations this extension reads; the processor claims them. */
    Set<String> annotationTypes();

    /**
     * Reads and validates this extension's elements of the round. Report problems with
     * {@link ExtensionContext#reporter()}; keep going to report them all.
     */
    default void round(ExtensionContext context, RoundEnvironment round) {}

    /**
     * Extra bindings for one application: for example the ORM's {@code OrmProvider} or the HTTP
     * routes object. Build keys and dependencies with {@link ExtensionContext#keys()}.
     */
    default List<Binding> bindings(ExtensionContext context, ApplicationModel application) {
        return List.of();
    }

    /** Writes this extension's files for a valid application, after its container is written. */
    default void write(ExtensionContext context, ResolvedApplication application) {}

    /** The last round is over: report what could not be processed. */
    default void finish(ExtensionContext context) {}
}
