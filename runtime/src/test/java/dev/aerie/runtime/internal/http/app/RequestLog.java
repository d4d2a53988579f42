package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.RequestEvent;
import dev.aerie.api.http.RequestListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A request listener of the application: the generated routes find it in the graph. */
@Injectable
public final class RequestLog implements RequestListener {
    public final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onRequestStart(RequestEvent request) {
        events.add("start " + request.method() + " " + request.route());
    }

    @Override
    public void onRequestEnd(RequestEvent request) {
        events.add("end " + request.method() + " " + request.route() + " " + request.status());
    }
}
