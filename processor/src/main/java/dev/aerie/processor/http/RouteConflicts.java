package dev.aerie.processor.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.lang.model.element.Element;

/** Finds two routes of one application answering the same method on the same path. */
final class RouteConflicts {
    private RouteConflicts() {}

    static void check(List<ControllerModel> controllers, BiConsumer<String, Element> error) {
        Map<String, String> seen = new HashMap<>();
        for (ControllerModel controller : controllers) {
            for (RouteModel route : controller.routes()) {
                String key = route.httpMethod() + " " + route.shape();
                String where = controller.type().simpleName() + "." + route.methodName();
                String first = seen.putIfAbsent(key, where + " (" + route.path() + ")");
                if (first != null) {
                    error.accept("Route " + route.httpMethod() + " " + route.path() + " of " + where
                            + " is already answered by " + first + "; change the path or the HTTP method of one of them",
                            route.element());
                }
            }
        }
    }
}
