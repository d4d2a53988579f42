package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Drives {@link HttpGeneration} the way the extension does, with a minimal module reader of its
 * own (roots are modules nobody imports; {@code @Injectable} classes are injectable), so the HTTP
 * side is tested on its own.
 */
final class HttpOnlyProcessor extends AbstractProcessor {
    static final JsonSupport FAKE_JSON = new JsonSupport() {
        @Override
        public CodeBlock codec(TypeMirror type) {
            return CodeBlock.of("null");
        }

        @Override
        public Optional<CodeBlock> validate(TypeMirror type, String variable) {
            return Optional.of(CodeBlock.of("$T.requireNonNull($N)", java.util.Objects.class, variable));
        }
    };

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            return false;
        }
        TypeElement moduleAnnotation = processingEnv.getElementUtils().getTypeElement("dev.aerie.api.Module");
        TypeElement controllerAnnotation = processingEnv.getElementUtils().getTypeElement("dev.aerie.api.http.Controller");
        List<TypeElement> modules = round.getElementsAnnotatedWith(moduleAnnotation).stream().map(TypeElement.class::cast).toList();
        HttpGeneration generation = new HttpGeneration(FAKE_JSON,
                (message, element) -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element));
        Set<String> imported = new HashSet<>();
        Set<String> listed = new HashSet<>();
        for (TypeElement module : modules) {
            classes(module, "imports").forEach(t -> imported.add(t.getQualifiedName().toString()));
            classes(module, "controllers").forEach(t -> listed.add(t.getQualifiedName().toString()));
        }
        generation.checkListed(round.getElementsAnnotatedWith(controllerAnnotation), listed);
        for (TypeElement root : modules) {
            if (imported.contains(root.getQualifiedName().toString())) {
                continue;
            }
            Set<TypeElement> controllers = new LinkedHashSet<>();
            Deque<TypeElement> todo = new ArrayDeque<>(List.of(root));
            Set<TypeElement> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                TypeElement module = todo.pop();
                if (seen.add(module)) {
                    controllers.addAll(classes(module, "controllers"));
                    todo.addAll(classes(module, "imports"));
                }
            }
            ClassName name = ClassName.get(root);
            generation.plan(ClassName.get(name.packageName(), name.simpleName() + "_Http"), new ArrayList<>(controllers),
                    List.of(), type -> type instanceof DeclaredType declared && declared.asElement().getAnnotationMirrors().stream()
                            .anyMatch(a -> a.getAnnotationType().toString().equals("dev.aerie.api.Injectable")))
                    .ifPresent(plan -> generation.files(plan).forEach(file -> {
                        try {
                            file.writeTo(processingEnv.getFiler());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
        return false;
    }

    private static List<TypeElement> classes(TypeElement module, String member) {
        for (AnnotationMirror mirror : module.getAnnotationMirrors()) {
            if (!mirror.getAnnotationType().toString().equals("dev.aerie.api.Module")) {
                continue;
            }
            for (var entry : mirror.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals(member)) {
                    @SuppressWarnings("unchecked")
                    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) entry.getValue().getValue();
                    return values.stream().map(v -> (TypeElement) ((DeclaredType) v.getValue()).asElement()).toList();
                }
            }
        }
        return List.of();
    }

}
