package dev.aerie.api.http;

/** A required query parameter, header or cookie is absent: a 400 unless a {@link Catches} handler answers it otherwise. */
public class MissingParameter extends BadRequestException {
    private final String kind;
    private final String name;

    /**
     * @param kind "query parameter", "header" or "cookie"
     * @param name its name
     */
    public MissingParameter(String detail, String kind, String name) {
        super(detail);
        this.kind = kind;
        this.name = name;
        member("parameter", name);
    }

    /** "query parameter", "header" or "cookie". */
    public String kind() {
        return kind;
    }

    /** The parameter's name. */
    public String name() {
        return name;
    }
}
