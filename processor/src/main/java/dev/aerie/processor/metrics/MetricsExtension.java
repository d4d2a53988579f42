package dev.aerie.processor.metrics;

import com.palantir.javapoet.ClassName;
import dev.aerie.api.Scope;
import dev.aerie.processor.codegen.RuntimeTypes;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.ExtensionContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;

/**
 * The {@code io.micrometer.core.instrument.MeterRegistry} an application's own injectables inject
 * to register meters of their own: a singleton binding, visible to every module, created by
 * {@code ApplicationMeters.registry()} (a Micrometer composite the server adds its Prometheus
 * registry to when {@code metrics.enabled} is true, so the meters appear on {@code /metrics}; with
 * metrics off it has no registry and its meters record nothing). Bound only when something
 * injects it without a qualifier and the application does not bind one itself, so an
 * application that does not use it loads no Micrometer class.
 */
public final class MetricsExtension implements AerieExtension {
    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    @Override
    public Set<String> annotationTypes() {
        return Set.of();
    }

    @Override
    public List<Binding> bindings(ExtensionContext context, ApplicationModel application) {
        boolean injected = allBindings(application).flatMap(b -> b.dependencies().stream())
                .anyMatch(d -> d.key().type().equals(METER_REGISTRY) && d.key().qualifier().isEmpty());
        boolean ownBinding = allBindings(application).anyMatch(b -> b.key().type().equals(METER_REGISTRY)
                && b.key().qualifier().isEmpty());
        if (!injected || ownBinding) {
            return List.of();
        }
        TypeElement root = context.env().getElementUtils().getTypeElement(application.root());
        ClassName registry = ClassName.bestGuess(METER_REGISTRY);
        return List.of(Binding.generated(Key.of(METER_REGISTRY, METER_REGISTRY), Scope.SINGLETON, List.of(),
                new StaticCall(RuntimeTypes.APPLICATION_METERS, "registry"), registry,
                "Aerie's Micrometer registry (served on /metrics when metrics.enabled is true)", context.sourceOf(root)));
    }

    private static Stream<Binding> allBindings(ApplicationModel application) {
        return Stream.concat(application.modules().stream().map(ModuleModel::bindings).flatMap(List::stream),
                application.extraBindings().stream());
    }
}
