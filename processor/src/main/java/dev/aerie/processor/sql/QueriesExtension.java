package dev.aerie.processor.sql;

import dev.aerie.api.Scope;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.Source;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.ExtensionContext;
import dev.aerie.processor.model.ModuleModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Objects;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Queries} interfaces: per interface its generated implementation, and per application a
 * singleton binding of the interface to it (on the request-bound {@code Session}), visible to
 * every module. Runs before the ORM extension, which then sees that the application needs a database.
 */
public final class QueriesExtension implements AerieExtension {
    private static final Key SESSION = Key.of(QueriesWriter.SESSION.canonicalName(), QueriesWriter.SESSION.canonicalName());

    /** The interfaces read so far with the element each came from, in the order read. */
    private final Map<String, Read> interfaces = new LinkedHashMap<>();

    record Read(QueryInterface model, TypeElement element) {}

    @Override
    public Set<String> annotationTypes() {
        return Set.of(QueriesReader.QUERIES, QueriesReader.SQL);
    }

    @Override
    public void round(ExtensionContext context, RoundEnvironment round) {
        TypeElement annotation = context.env().getElementUtils().getTypeElement(QueriesReader.QUERIES);
        if (annotation == null) {
            return;
        }
        QueriesReader reader = new QueriesReader(context.env().getTypeUtils(), context.reporter()::report);
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
            if (element instanceof TypeElement type && !interfaces.containsKey(type.getQualifiedName().toString())) {
                reader.read(type).ifPresent(model -> {
                    interfaces.put(type.getQualifiedName().toString(), new Read(model, type));
                    context.writeJava(QueriesWriter.write(model), type);
                });
            }
        }
    }

    @Override
    public List<Binding> bindings(ExtensionContext context, ApplicationModel application) {
        List<Binding> bindings = new ArrayList<>();
        Set<String> wanted = wanted(context, application);
        for (Read read : interfaces.values()) {
            if (!wanted.contains(read.model().type().canonicalName())) {
                continue; // an application that injects none of them needs no database for them
            }
            Source at = context.sourceOf(read.element());
            String name = read.model().type().canonicalName();
            String binary = context.env().getElementUtils().getBinaryName(read.element()).toString();
            String site = read.model().implementation().simpleName() + ".create(session)";
            Dependency session = new Dependency(SESSION, false, site, at, QueriesWriter.SESSION, true, true);
            bindings.add(Binding.generated(Key.of(name, binary), Scope.SINGLETON, List.of(session),
                    new StaticCall(read.model().implementation(), "create"), read.model().type(),
                    read.model().implementation().simpleName() + " (generated for @Queries " + read.model().type().simpleName() + ")",
                    at));
        }
        return bindings;
    }

    /**
     * The types the application's bindings inject, and those its controllers take in constructors,
     * fields and route methods (the HTTP extension binds controllers after this one runs).
     */
    private static Set<String> wanted(ExtensionContext context, ApplicationModel application) {
        Types types = context.env().getTypeUtils();
        Set<String> wanted = new HashSet<>();
        Stream.concat(application.modules().stream().map(ModuleModel::bindings).flatMap(List::stream),
                        application.extraBindings().stream())
                .flatMap(b -> b.dependencies().stream())
                .forEach(d -> wanted.add(d.key().type()));
        application.modules().stream().flatMap(m -> m.controllers().stream())
                .map(context.env().getElementUtils()::getTypeElement).filter(Objects::nonNull)
                .flatMap(c -> c.getEnclosedElements().stream())
                .flatMap(member -> member instanceof ExecutableElement method
                        ? method.getParameters().stream().map(Element::asType)
                        : member.getKind() == ElementKind.FIELD ? Stream.of(member.asType()) : Stream.empty())
                .forEach(t -> wanted.add(types.erasure(t).toString()));
        return wanted;
    }

    /** The interfaces read, for the SQL checker. */
    List<Read> interfaces() {
        return List.copyOf(interfaces.values());
    }
}
