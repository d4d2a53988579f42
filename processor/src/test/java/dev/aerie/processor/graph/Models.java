package dev.aerie.processor.graph;

import com.palantir.javapoet.ClassName;
import dev.aerie.api.Scope;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.BindingKind;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.Source;
import dev.aerie.processor.model.StaticCall;
import java.util.List;
import java.util.Optional;

/** Plain models for graph tests: no compiler involved. Types are in package {@code p}. */
final class Models {
    private Models() {}

    static Key key(String simple) {
        return Key.of("p." + simple, "p." + simple);
    }

    static Dependency needs(String simple) {
        return new Dependency(key(simple), false, "site of " + simple, new Source("dep:" + simple), ClassName.get("p", simple), true, false);
    }

    static Dependency needsProvider(String simple) {
        return new Dependency(key(simple), true, "site of " + simple, new Source("dep:" + simple), ClassName.get("p", simple), true, false);
    }

    static Binding binding(String module, String simple, Scope scope, Dependency... dependencies) {
        return new Binding(key(simple), scope, BindingKind.PROVIDER, Optional.of("p." + module), List.of(dependencies),
                new StaticCall(ClassName.get("p", simple + "_Factory"), "create"), Optional.empty(),
                Optional.empty(), Optional.empty(), ClassName.get("p", simple), true, simple, new Source("binding:" + simple));
    }

    static Binding withHooks(Binding b) {
        StaticCall call = new StaticCall(ClassName.get("p", b.key().simpleType() + "_Factory"), "start");
        return b.withHooks(Optional.of(call), Optional.of(call));
    }

    static ModuleModel module(String name, List<String> imports, List<String> exports, Binding... bindings) {
        return new ModuleModel("p." + name, imports.stream().map(i -> "p." + i).toList(),
                exports.stream().map(e -> "p." + e).toList(), List.of(bindings), List.of(), new Source("module:" + name));
    }

    static ApplicationModel app(ModuleModel... modules) {
        return new ApplicationModel(modules[0].name(), ClassName.get("p", modules[0].simpleName() + "_Application"),
                List.of(modules), List.of());
    }
}
