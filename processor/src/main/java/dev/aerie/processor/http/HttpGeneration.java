package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The HTTP products of a compilation: per controller its Helidon service, per application its
 * {@code HttpApplication} (and OpenAPI document). Validation errors go to {@code error} and stop
 * the files of that application from being written.
 */
final class HttpGeneration {
    private final Filer filer;
    private final JsonSupport json;
    private final BiConsumer<String, Element> error;
    private final Set<String> writtenServices = new HashSet<>();

    HttpGeneration(Filer filer, JsonSupport json, BiConsumer<String, Element> error) {
        this.filer = filer;
        this.json = json;
        this.error = error;
    }

    /** Reports every {@code @Controller} no module lists. */
    void checkListed(Iterable<? extends Element> annotated, Set<String> listed) {
        for (Element controller : annotated) {
            if (controller instanceof TypeElement type && !listed.contains(type.getQualifiedName().toString())) {
                error.accept("@Controller " + type.getSimpleName() + " is not listed in the controllers of any @Module, "
                        + "so none of its routes is served; add it to @Module(controllers = " + type.getSimpleName()
                        + ".class) of a module of the application", type);
            }
        }
    }

    /**
     * Reads, validates and writes the HTTP side of one application.
     *
     * @param name        the HttpApplication class to write
     * @param controllers the application's controllers in module order
     * @param listeners   its singletons implementing RequestListener
     * @param injectable  whether a type is bound in its graph
     * @return whether everything was valid (and written)
     */
    boolean application(ClassName name, List<TypeElement> controllers, List<ClassName> listeners,
                        Predicate<TypeMirror> injectable) {
        boolean[] failed = {false};
        BiConsumer<String, Element> counting = (message, element) -> {
            failed[0] = true;
            error.accept(message, element);
        };
        ControllerReader reader = new ControllerReader(counting, injectable);
        List<ControllerModel> models = new ArrayList<>();
        for (TypeElement controller : controllers) {
            models.add(reader.read(controller));
        }
        RouteConflicts.check(models, counting);
        if (failed[0]) {
            return false;
        }
        ControllerWriter writer = new ControllerWriter(json);
        for (ControllerModel model : models) {
            if (writtenServices.add(model.serviceName().canonicalName())) {
                write(writer.write(model));
            }
        }
        write(new ApplicationWriter().write(name, models, listeners));
        return true;
    }

    private void write(JavaFile file) {
        try {
            file.writeTo(filer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
