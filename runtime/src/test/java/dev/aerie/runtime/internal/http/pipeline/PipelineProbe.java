package dev.aerie.runtime.internal.http.pipeline;

/** Lets the test in another package read the lookup counter. */
public final class PipelineProbe {
    private PipelineProbe() {}

    public static int lookups() {
        return PipelineApp.LOOKUPS.get();
    }
}
