package dev.aerie.processor.http;

import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Finds two routes of one application answering the same method on the same path. */
final class RouteConflicts {
    private RouteConflicts() {}

    static void check(List<ControllerModel> controllers, Consumer<Diagnostic> error) {
        Map<String, String> seen = new HashMap<>();
        for (ControllerModel controller : controllers) {
            for (RouteModel route : controller.routes()) {
                String key = route.httpMethod() + " " + route.shape();
                String where = controller.type().simpleName() + "." + route.methodName();
                String first = seen.putIfAbsent(key, where + " (" + route.path() + ")");
                if (first != null) {
                    error.accept(Diagnostic.of(DiagnosticKind.ROUTE_CONFLICT, route.element(),
                            "Route " + route.httpMethod() + " " + route.path() + " of " + where
                            + " is already answered by " + first + ";",
                            "change the path or the HTTP method of one of them"));
                }
            }
        }
    }
}
