package dev.aerie.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.api.Scope;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.codegen.RuntimeTypes;
import dev.aerie.processor.graph.ContainerPlan;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleMethod;
import dev.aerie.processor.model.ModuleWiring;
import dev.aerie.processor.model.NewInstance;
import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.model.StaticCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <RootModule>_Application}: a method per request-scoped binding (kept in the
 * current request), transient binding (created at every call) and singleton entry point (created
 * lazily under a lock, with the singletons only it needs created inside it), the lookup behind
 * {@code Container.get}, and the lifecycle hooks in start order. Which singletons get which of
 * these is decided by the {@link ContainerPlan}; this class only names and renders.
 */
public final class ContainerWriter {
    static final ClassName BASE = RuntimeTypes.APPLICATION_CONTAINER;
    static final ClassName HOOK = RuntimeTypes.LIFECYCLE_HOOK;
    static final ClassName REQUEST_SCOPE = RuntimeTypes.REQUEST_SCOPE;
    static final ClassName CONTAINER = ClassName.get("dev.aerie.api", "Container");
    /** Names the base class or Object already uses. */
    private static final Set<String> RESERVED = Set.of("lookup", "start", "close", "get", "find", "rootModule",
            "lifecycleHooks", "create", "keyOf", "require", "cast", "lock", "instance", "beginSingleton", "endSingleton", "singletonKey", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");

    private final ResolvedApplication app;
    private final Map<String, ModuleWiring> wirings;
    private final ContainerPlan plan;
    private final Map<Key, String> methodNames = new HashMap<>();
    /** For owners: the method that creates it when missing, called with {@code lock} held. */
    private final Map<Key, String> lockedNames = new HashMap<>();
    private final Map<String, String> moduleFields = new HashMap<>();
    private final Map<Key, Binding> byKey = new HashMap<>();

    private ContainerWriter(ResolvedApplication app, Map<String, ModuleWiring> wirings) {
        this.app = app;
        this.wirings = wirings;
        this.plan = ContainerPlan.of(app);
    }

    /** {@code wirings}: the wiring of every module (by qualified name) that has {@code @Provides} methods. */
    public static JavaFile write(ResolvedApplication app, Map<String, ModuleWiring> wirings) {
        return new ContainerWriter(app, wirings).write();
    }

    private JavaFile write() {
        Set<String> used = new HashSet<>(RESERVED);
        TypeSpec.Builder type = TypeSpec.classBuilder(app.container())
                .addAnnotation(Generation.GENERATED)
                .addJavadoc("The application container of {@link $T}, created by {@code Aerie.create($T.class)}.\n",
                        root(), root())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(BASE);
        app.bindings().forEach(b -> byKey.put(b.key(), b));

        // module instances for instance @Provides methods, in module order
        for (String module : app.modules().stream().map(m -> m.name()).toList()) {
            ModuleWiring wiring = wirings.get(module);
            if (wiring != null && wiring.needsInstance()
                    && app.bindings().stream().anyMatch(b -> b.moduleInstance().filter(module::equals).isPresent())) {
                String field = unique(Generated.lowerCamel(String.join("", wiring.module().simpleNames())), used);
                moduleFields.put(module, field);
                type.addField(FieldSpec.builder(wiring.publicModule() ? wiring.module() : ClassName.OBJECT, field,
                                Modifier.PRIVATE, Modifier.FINAL)
                        .initializer(wiring.inPlace() ? CodeBlock.of("new $T()", wiring.module())
                                : CodeBlock.of("$T.newModule()", wiring.wiring()))
                        .build());
            }
        }
        for (Binding binding : app.bindings()) {
            methodNames.put(binding.key(), unique(methodName(binding.key()), used));
        }
        for (Key owner : plan.owners()) {
            lockedNames.put(owner, unique(methodNames.get(owner) + "Locked", used));
        }
        if (app.bindings().stream().anyMatch(b -> b.scope() == Scope.SINGLETON)) {
            type.addField(FieldSpec.builder(Object.class, "lock", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Guards the creation of singletons.\n")
                    .initializer("new Object()").build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Used by {@code Aerie.create} through {@code java.util.ServiceLoader}.\n")
                .addStatement("super($T.class, $L)", root(), plan.checked().size())
                .build());
        type.addMethod(MethodSpec.methodBuilder("create")
                .addJavadoc("Creates and starts this container without looking it up: what {@code Aerie.create($T.class)}\n"
                        + "does once ServiceLoader has found this class.\n", root())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(CONTAINER)
                .addStatement("$T container = new $T()", app.container(), app.container())
                .addStatement("container.start()")
                .addStatement("return container")
                .build());
        for (Binding binding : app.bindings()) {
            if (plan.inlined().contains(binding.key())) {
                continue;
            }
            if (binding.scope() == Scope.SINGLETON) {
                type.addField(FieldSpec.builder(shown(binding), methodNames.get(binding.key()),
                        Modifier.PRIVATE, Modifier.VOLATILE).build());
            }
            if (binding.scope() != Scope.SINGLETON || plan.entryPoints().contains(binding.key())) {
                type.addMethod(bindingMethod(binding));
            }
            if (plan.owners().contains(binding.key())) {
                type.addMethod(lockedMethod(binding));
            }
        }
        type.addMethod(lookup());
        type.addMethod(singletonKey());
        type.addMethod(hooks());
        return Generation.javaFile(app.container().packageName(), type.build());
    }

    private ClassName root() {
        return ClassName.bestGuess(app.root());
    }

    private static TypeName shown(Binding binding) {
        return binding.publicType() ? binding.type() : ClassName.OBJECT;
    }

    private MethodSpec bindingMethod(Binding binding) {
        String name = methodNames.get(binding.key());
        TypeName type = shown(binding);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .returns(type);
        if (binding.scope() == Scope.SINGLETON) {
            method.addJavadoc("{@link #$N()}, taking {@code lock} if it does not exist yet.\n",
                    lockedNames.get(binding.key()));
        } else {
            method.addJavadoc(description(binding));
        }
        switch (binding.scope()) {
            case SINGLETON -> method
                    .addStatement("$T instance = $N", type, name)
                    .beginControlFlow("if (instance == null)")
                    .beginControlFlow("synchronized (lock)")
                    .addStatement("instance = $N()", lockedNames.get(binding.key()))
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return instance");
            case REQUEST -> method.addStatement("return $T.require($S).instance($S, () -> $L)", REQUEST_SCOPE,
                    "request-scoped " + binding.key().display(), binding.key().display(), create(binding, Map.of()));
            case TRANSIENT -> method.addStatement("return $L", create(binding, Map.of()));
        }
        return method.build();
    }

    /**
     * The singleton's creation, for callers that hold {@code lock}: entry points create each other
     * through these, so the lock is taken once per graph, not re-entered at every level (deep
     * re-entry inflates the monitor, which made start-up slow). The singletons several others
     * inject that are not entry points are created right here, one after the other in dependency
     * order, each kept in its field and reused when it exists: one straight method runs faster at
     * start-up, in the interpreter, than a call to a small method of its own per singleton.
     */
    private MethodSpec lockedMethod(Binding binding) {
        String name = methodNames.get(binding.key());
        TypeName type = shown(binding);
        Map<Key, String> locals = new HashMap<>();
        CodeBlock.Builder creation = CodeBlock.builder();
        for (Key key : plan.sharedCreatedBy(binding.key())) {
            Binding shared = byKey.get(key);
            String local = methodNames.get(key);
            creation.addStatement("$T $N = this.$N", shown(shared), local, local)
                    .beginControlFlow("if ($N == null)", local)
                    .addStatement("$N = $L", local, create(shared, locals))
                    .addStatement("this.$N = $N", local, local)
                    .endControlFlow();
            locals.put(key, local);
        }
        creation.addStatement("instance = $L", create(binding, locals)).addStatement("$N = instance", name);
        MethodSpec.Builder method = MethodSpec.methodBuilder(lockedNames.get(binding.key()))
                .addJavadoc(description(binding))
                .addJavadoc("Created if it does not exist yet; the caller holds {@code lock}.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(type)
                .addStatement("$T instance = $N", type, name)
                .beginControlFlow("if (instance == null)");
        int index = plan.checkIndex(binding.key());
        if (index < 0) {
            method.addCode(creation.build());
        } else {
            method.addStatement("beginSingleton($L)", index)
                    .beginControlFlow("try")
                    .addCode(creation.build())
                    .nextControlFlow("finally")
                    .addStatement("endSingleton($L)", index)
                    .endControlFlow();
        }
        return method.endControlFlow().addStatement("return instance").build();
    }

    private static CodeBlock description(Binding binding) {
        return CodeBlock.of("$L, $L, $L.\n", binding.key().display().replace("@", "{@literal @}"),
                binding.scope().name().toLowerCase(java.util.Locale.ROOT), describe(binding));
    }

    private static String describe(Binding binding) {
        String in = binding.module().map(m -> " in module " + m.substring(m.lastIndexOf('.') + 1)).orElse("");
        return switch (binding.kind()) {
            case PROVIDER -> "provided by " + binding.declaredBy() + in;
            case CONTROLLER -> "controller" + in;
            case PROVIDES -> "provided by " + binding.declaredBy() + in;
            case EXTENSION -> "generated by " + binding.declaredBy();
        };
    }

    private CodeBlock create(Binding binding, Map<Key, String> locals) {
        List<CodeBlock> args = new ArrayList<>();
        Optional<String> module = binding.moduleInstance().map(moduleFields::get);
        if (binding.create() instanceof StaticCall) {
            module.ifPresent(m -> args.add(CodeBlock.of("$N", m)));
        }
        boolean underLock = binding.scope() == Scope.SINGLETON;
        for (Dependency d : binding.dependencies()) {
            String target = methodNames.get(d.key());
            if (d.provider()) {
                args.add(CodeBlock.of("this::$N", target));
            } else if (plan.inlined().contains(d.key())) {
                args.add(create(byKey.get(d.key()), locals));
            } else if (locals.containsKey(d.key())) {
                args.add(CodeBlock.of("$N", locals.get(d.key())));
            } else {
                args.add(CodeBlock.of("$N()", underLock ? lockedNames.getOrDefault(d.key(), target) : target));
            }
        }
        CodeBlock joined = CodeBlock.join(args, ", ");
        return switch (binding.create()) {
            case StaticCall call -> CodeBlock.of("$T.$N($L)", call.owner(), call.method(), joined);
            case NewInstance instance -> CodeBlock.of("new $T($L)", instance.type(), joined);
            case ModuleMethod method -> CodeBlock.of("$N.$N($L)", module.orElseThrow(), method.method(), joined);
        };
    }

    private MethodSpec lookup() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("lookup")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(Object.class)
                .addParameter(String.class, "key");
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (key) {\n").indent();
        for (Key key : app.rootVisible()) {
            key.runtimeName().ifPresent(n -> cases.add("case $S -> $N();\n", n, methodNames.get(key)));
        }
        cases.add("default -> null;\n").unindent().add("};\n");
        return method.addCode(cases.build()).build();
    }

    /** The keys behind the singleton numbers, for the message of a construction that leads back to itself. */
    private MethodSpec singletonKey() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("singletonKey")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(String.class)
                .addParameter(int.class, "index");
        if (plan.checked().isEmpty()) {
            return method.addStatement("throw new $T(index)", IndexOutOfBoundsException.class).build();
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (index) {\n").indent();
        for (int i = 0; i < plan.checked().size(); i++) {
            cases.add("case $L -> $S;\n", i, plan.checked().get(i).display());
        }
        cases.add("default -> throw new $T(index);\n", IndexOutOfBoundsException.class).unindent().add("};\n");
        return method.addCode(cases.build()).build();
    }

    private MethodSpec hooks() {
        List<CodeBlock> hooks = new ArrayList<>();
        for (Binding b : app.startOrder()) {
            String name = methodNames.get(b.key());
            CodeBlock start = b.onStart().map(s -> CodeBlock.of("() -> $T.$N($N())", s.owner(), s.method(), name))
                    .orElse(CodeBlock.of("this::$N", name));
            CodeBlock stop = b.onStop().map(s -> CodeBlock.of("() -> $T.$N($N())", s.owner(), s.method(), name))
                    .orElse(CodeBlock.of("() -> {}"));
            hooks.add(CodeBlock.of("new $T($S, $L, $L)", HOOK, b.key().display(), start, stop));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("lifecycleHooks")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), HOOK));
        if (hooks.isEmpty()) {
            return method.addStatement("return $T.of()", List.class).build();
        }
        return method.addStatement("return $T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(hooks, ",\n")).build();
    }

    /** {@code @Named("spare") Tire} gives {@code spareTire}, {@code List<String>} gives {@code listOfString}. */
    static String methodName(Key key) {
        StringBuilder name = new StringBuilder();
        key.qualifier().ifPresent(q -> {
            int open = q.indexOf('(');
            String value = open < 0 ? q.substring(q.lastIndexOf('.') + 1) : q.substring(open + 1, q.length() - 1);
            name.append(capitalizedWords(value));
        });
        name.append(capitalizedWords(key.simpleType()));
        if (key.type().contains("<")) {
            String args = key.type().substring(key.type().indexOf('<') + 1, key.type().lastIndexOf('>'));
            name.append("Of");
            for (String part : args.split("[<>,]")) {
                String simple = part.trim();
                simple = simple.substring(simple.lastIndexOf('.') + 1);
                name.append(capitalizedWords(simple));
            }
        }
        String result = name.length() == 0 ? "binding" : Generated.lowerCamel(name.toString());
        return Character.isJavaIdentifierStart(result.charAt(0)) ? result : "binding" + result;
    }

    private static String capitalizedWords(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    private static String unique(String name, Set<String> used) {
        String candidate = SourceVersion.isKeyword(name) ? name + "Binding" : name;
        String base = candidate;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = base + i;
        }
        return candidate;
    }
}
