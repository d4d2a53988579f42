package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import dev.aerie.processor.codegen.GeneratedClass;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Controller} class as the HTTP extension sees it.
 *
 * @param element  the class
 * @param type     its name
 * @param basePath the normalized controller path ("" for the root)
 * @param routes   its routes in source order
 * @param catchers the {@code @Catches} handlers its module sees, most specific first (set per application)
 */
record ControllerModel(TypeElement element, ClassName type, String basePath, List<RouteModel> routes,
                       List<CatchModel> catchers) {

    ControllerModel(TypeElement element, ClassName type, String basePath, List<RouteModel> routes) {
        this(element, type, basePath, routes, List.of());
    }

    ControllerModel withCatchers(List<CatchModel> catchers) {
        return new ControllerModel(element, type, basePath, routes, catchers);
    }

    /** The generated Helidon service: {@code BooksController_Http} next to the controller. */
    ClassName serviceName() {
        return GeneratedClass.HTTP.of(type);
    }
}
