package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.Request;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Optional;

/** {@link Request} over Helidon's request; reads lazily, so a request nobody asks about costs one object. */
final class HelidonRequest implements Request {
    private final ServerRequest request;
    private final String route;

    HelidonRequest(ServerRequest request, String route) {
        this.request = request;
        this.route = route;
    }

    @Override
    public String method() {
        return request.prologue().method().text();
    }

    @Override
    public String path() {
        return request.path().path();
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public Optional<String> header(String name) {
        return request.headers().first(HeaderNames.create(name));
    }

    @Override
    public List<String> headers(String name) {
        return request.headers().all(HeaderNames.create(name), List::of);
    }

    @Override
    public Optional<String> cookie(String name) {
        return request.headers().cookies().first(name).asOptional();
    }

    @Override
    public Optional<String> pathParam(String name) {
        return request.path().pathParameters().first(name).asOptional();
    }

    @Override
    public Optional<String> query(String name) {
        return request.query().first(name).asOptional();
    }

    @Override
    public List<String> queryAll(String name) {
        return Params.queryAll(request, name);
    }

    @Override
    public String remoteAddress() {
        SocketAddress address = request.remotePeer().address();
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : address.toString();
    }

    @Override
    public String toString() {
        return method() + " " + path();
    }
}
