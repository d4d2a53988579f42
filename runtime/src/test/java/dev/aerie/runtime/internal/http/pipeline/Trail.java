package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What ran, in order, for the test to read. */
@Injectable
public final class Trail {
    public final List<String> steps = new CopyOnWriteArrayList<>();
}
