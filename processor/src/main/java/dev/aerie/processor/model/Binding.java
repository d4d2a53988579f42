package dev.aerie.processor.model;

import com.palantir.javapoet.TypeName;
import dev.aerie.api.Scope;
import java.util.List;
import java.util.Optional;

/**
 * How the container makes the instances of one key.
 *
 * <p>The container calls {@code create.owner().create.method()(args)} where {@code args} are, in
 * order, the module instance (when {@code moduleInstance} is present) and then one value per
 * {@link #dependencies() dependency}: the instance, or a {@code jakarta.inject.Provider} of it for
 * provider dependencies. Hooks are called as {@code owner.method(instance)}.
 *
 * @param key what it binds
 * @param scope how long instances live
 * @param kind where it came from
 * @param module the qualified name of the module that owns it; empty means visible to every
 *     module of the application (extension bindings such as the ORM provider)
 * @param dependencies its injection points, in the order {@code create} takes them
 * @param create the static method that makes an instance
 * @param moduleInstance the module whose instance {@code create} takes first (instance {@code @Provides})
 * @param onStart called once at container start (singletons only)
 * @param onStop called once at container close (singletons only)
 * @param type the Java type of instances, for generated code
 * @param publicType whether {@code type} can be named from any package
 * @param declaredBy what users read for "X is provided by ...": a class or a method
 * @param at the element to report problems about the binding itself at
 */
public record Binding(
        Key key,
        Scope scope,
        BindingKind kind,
        Optional<String> module,
        List<Dependency> dependencies,
        StaticCall create,
        Optional<String> moduleInstance,
        Optional<StaticCall> onStart,
        Optional<StaticCall> onStop,
        TypeName type,
        boolean publicType,
        String declaredBy,
        Source at) {

    public Binding {
        dependencies = List.copyOf(dependencies);
    }
}
