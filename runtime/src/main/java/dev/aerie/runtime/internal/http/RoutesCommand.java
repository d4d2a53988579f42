package dev.aerie.runtime.internal.http;

import dev.aerie.runtime.cli.Command;
import dev.aerie.runtime.cli.CommandContext;
import java.util.List;

/** {@code app routes}: every HTTP route with its controller method and body type. For Aerie's own modules (the launcher, aerie-test, generated code); not an API. */
public final class RoutesCommand implements Command {
    @Override
    public String name() {
        return "routes";
    }

    @Override
    public String usage() {
        return "routes        list every HTTP route: method, path, controller method, body type";
    }

    @Override
    public int run(CommandContext context) {
        List<RouteInfo> routes = context.container().get().find(HttpApplication.class)
                .map(HttpApplication::routes).orElse(List.of());
        if (routes.isEmpty()) {
            context.out().println("The application has no HTTP routes.");
            return 0;
        }
        int method = "METHOD".length();
        int path = "PATH".length();
        int handler = "HANDLER".length();
        for (RouteInfo route : routes) {
            method = Math.max(method, route.method().length());
            path = Math.max(path, route.path().length());
            handler = Math.max(handler, route.handler().length());
        }
        String format = "%-" + method + "s  %-" + path + "s  %-" + handler + "s  %s%n";
        context.out().printf(format, "METHOD", "PATH", "HANDLER", "BODY");
        for (RouteInfo route : routes) {
            context.out().printf(format, route.method(), route.path(), route.handler(), route.bodyType().orElse("-"));
        }
        return 0;
    }
}
