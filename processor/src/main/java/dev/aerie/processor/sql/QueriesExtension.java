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
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
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
    /** {@code -Aaerie.sql.check=false} turns the SQL checker off. */
    public static final String CHECK_OPTION = "aerie.sql.check";
    /** {@code -Aaerie.sql.dialects=postgresql,mariadb}: the databases the SQL must run on (none by default). */
    public static final String DIALECTS_OPTION = "aerie.sql.dialects";

    private final Supplier<SqlSchema> schema;
    private SqlChecker checker;
    private boolean listening;

    /** @param schema the entities' tables, complete once the last round is over */
    public QueriesExtension(Supplier<SqlSchema> schema) {
        this.schema = schema;
    }

    /** The interfaces read so far with the element each came from, in the order read. */
    private final Map<String, Read> interfaces = new LinkedHashMap<>();

    record Read(QueryInterface model, TypeElement element) {}

    @Override
    public Set<String> annotationTypes() {
        return Set.of(QueriesReader.QUERIES, QueriesReader.SQL);
    }

    @Override
    public void round(ExtensionContext context, RoundEnvironment round) {
        if (!listening && enabled(context)) {
            listening = true;
            listen(context);
        }
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

    /** Checks every {@code @Sql} statement, now that every entity is known; errors land on the statement. */
    @Override
    public void finish(ExtensionContext context) {
        if (!enabled(context) || context.reporter().hasErrors()) {
            return; // broken entities would make every statement look wrong
        }
        for (Read read : interfaces.values()) {
            for (ExecutableElement method : ElementFilter.methodsIn(read.element().getEnclosedElements())) {
                QueriesReader.annotation(method, QueriesReader.SQL).ifPresent(sql -> check(context, method, sql));
            }
        }
    }

    private void check(ExtensionContext context, ExecutableElement method, AnnotationMirror sql) {
        Optional<AnnotationValue> value = QueriesReader.sqlValue(sql);
        if (value.isEmpty() || suppressed(method)) {
            return;
        }
        Set<String> parameters = new LinkedHashSet<>();
        method.getParameters().forEach(p -> parameters.add(p.getSimpleName().toString()));
        TypeMirror row = rowType(method.getReturnType());
        Optional<SqlChecker.ResultType> record = ResultTypes.record(row, schema.get());
        Optional<SqlSchema.SqlType> scalar = record.isPresent() || !SqlText.returnsRows((String) value.get().getValue())
                ? Optional.empty() : ResultTypes.scalar(row);
        SqlChecker.Expectation expectation = new SqlChecker.Expectation(Optional.of(parameters), "the method's parameters",
                record, scalar);
        for (Finding finding : checker(context).check((String) value.get().getValue(), expectation)) {
            context.reporter().report(Diagnostic.of(finding.kind(), method, finding.message(), finding.fix())
                    .on(sql, value.get()));
        }
    }

    /** The row type of a query method: T of List/Optional/ResultStream, else the return type itself. */
    private static TypeMirror rowType(TypeMirror returned) {
        if (returned instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            return declared.getTypeArguments().get(0);
        }
        return returned;
    }

    private static boolean suppressed(Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (QueriesReader.annotation(e, "dev.aerie.api.db.UncheckedSql").isPresent()) {
                return true;
            }
        }
        return false;
    }

    private SqlChecker checker(ExtensionContext context) {
        if (checker == null) {
            checker = new SqlChecker(schema.get(), dialects(context));
        }
        return checker;
    }

    private static boolean enabled(ExtensionContext context) {
        return !"false".equalsIgnoreCase(context.env().getOptions().getOrDefault(CHECK_OPTION, "true").strip());
    }

    private static Set<SqlChecker.Dialect> dialects(ExtensionContext context) {
        String option = context.env().getOptions().getOrDefault(DIALECTS_OPTION, "");
        Set<SqlChecker.Dialect> dialects = EnumSet.noneOf(SqlChecker.Dialect.class);
        for (String name : option.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                dialects.add(SqlChecker.Dialect.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                context.reporter().report(Diagnostic.global(DiagnosticKind.DIALECT_SQL, "-A" + DIALECTS_OPTION + " names `"
                        + name.strip() + "`, which is not a dialect the checker knows.", "Use h2, postgresql or mariadb,"
                        + " separated by commas."));
            }
        }
        return dialects;
    }

    /**
     * Registers the listener that checks Session calls once javac has attributed the method bodies.
     * Only javac has that API; under another compiler (or a wrapped environment) the calls go unchecked.
     */
    private void listen(ExtensionContext context) {
        JavacTask task;
        try {
            task = JavacTask.instance(context.env());
        } catch (IllegalArgumentException | ClassCastException | NoClassDefFoundError notJavac) {
            context.env().getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE, "Aerie: this compiler does not"
                    + " offer javac's tree API, so raw SQL passed to Session methods is not checked (@Sql methods are).");
            return;
        }
        task.addTaskListener(new SessionCalls(Trees.instance(context.env()), context.env().getElementUtils(),
                context.env().getTypeUtils(), () -> checker(context), schema));
    }
}
