package dev.aerie.api.http;

import java.util.Set;

/** 405: the path exists, but not for this method; {@code Allow} lists the ones it answers. */
public class MethodNotAllowed extends HttpException {
    private final Set<String> allowed;

    /** With {@code detail} and the methods the path answers, in order. */
    public MethodNotAllowed(String detail, Set<String> allowed) {
        super(405, reasonPhrase(405), detail, null);
        this.allowed = Set.copyOf(allowed);
        header("Allow", String.join(", ", allowed));
    }

    /** The methods the path answers. */
    public Set<String> allowed() {
        return allowed;
    }
}
