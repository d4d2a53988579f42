package dev.aerie.processor.orm;

import com.palantir.javapoet.JavaFile;
import dev.aerie.processor.spi.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The entities of one compilation, across rounds: reads each round's {@code @Entity} classes,
 * validates them with everything read before, reports problems on their elements, writes each
 * valid entity's {@code _Table} and {@code _} classes in the same round (user code may name
 * them), and writes the schema scripts once all rounds are done.
 */
final class EntityCompilation {
    /** Where the DDL scripts go on the class path: {@code META-INF/aerie/schema/h2.sql}, {@code drop-h2.sql}... */
    static final String SCHEMA_FOLDER = "META-INF/aerie/schema/";

    private final EntityReader reader;
    private final OrmOutput output;
    private final List<EntityModel> entities = new ArrayList<>();
    private final List<ProjectionModel> projections = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> seenProjections = new HashSet<>();
    private final List<TypeElement> deferred = new ArrayList<>();
    /** The entities whose classes were written: what an OrmProvider may name, even when others failed. */
    private final List<EntityModel> written = new ArrayList<>();
    private boolean failed;

    EntityCompilation(ProcessingEnvironment env, OrmOutput output) {
        this.reader = new EntityReader(env.getElementUtils(), env.getTypeUtils());
        this.output = output;
    }

    /** Reads, validates and writes this round's projections. */
    void projections(Set<? extends Element> annotated) {
        for (Element element : annotated) {
            if (element instanceof TypeElement type && seenProjections.add(type.getQualifiedName().toString())) {
                ProjectionModel projection = reader.readProjection(type);
                List<Diagnostic> problems = new ArrayList<>(ProjectionValidator.validate(projection, reader::diagnostic));
                if (problems.isEmpty() && !projection.from().isEmpty()) {
                    ProjectionValidator.Resolved resolved = ProjectionValidator.resolve(projection, entities, reader::diagnostic);
                    problems.addAll(resolved.problems());
                    projection = projection.withSources(resolved.sources());
                }
                problems.forEach(this::report);
                if (problems.isEmpty()) {
                    projections.add(projection);
                    write(ProjectionWriter.write(projection), projection.origin());
                } else {
                    failed = true;
                }
            }
        }
    }

    /**
     * Reads, validates and writes this round's entities. An entity whose field types another
     * processor has not generated yet waits for a later round (or the last one, which reports them).
     */
    void round(Set<? extends Element> annotated, boolean last) {
        List<TypeElement> candidates = new ArrayList<>(deferred);
        deferred.clear();
        for (Element element : annotated) {
            if (element instanceof TypeElement type) {
                candidates.add(type);
            }
        }
        List<EntityModel> fresh = new ArrayList<>();
        for (TypeElement type : candidates) {
            if (!last && EntityReader.incomplete(type)) {
                deferred.add(type);
            } else if (seen.add(type.getQualifiedName().toString())) {
                fresh.add(reader.read(type));
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        entities.addAll(fresh);
        Set<Element> freshElements = new HashSet<>();
        fresh.forEach(e -> {
            reader.element(e.origin()).ifPresent(freshElements::add);
            e.fields().forEach(f -> reader.element(f.origin()).ifPresent(freshElements::add));
        });
        List<Diagnostic> problems = EntityValidator.validate(entities, reader::diagnostic);
        for (Diagnostic problem : problems) {
            if (problem.element().filter(freshElements::contains).isPresent()) {
                report(problem);
            }
        }
        if (!problems.isEmpty()) {
            failed = true;
            return;
        }
        for (EntityModel entity : fresh) {
            write(TableWriter.write(entity), entity.origin());
            write(MetamodelWriter.write(entity), entity.origin());
            written.add(entity);
        }
    }

    /** Writes the schema scripts; call once, when processing is over. */
    void finish() {
        if (failed || entities.isEmpty()) {
            return;
        }
        for (SqlDialect dialect : SqlDialect.values()) {
            DdlWriter ddl = new DdlWriter(dialect);
            resource(dialect.fileName() + ".sql", ddl.script("Schema", ddl.create(entities)));
            resource("drop-" + dialect.fileName() + ".sql", ddl.script("Drop", ddl.drop(entities)));
        }
    }

    /** Whether every entity so far is valid. */
    boolean valid() {
        return !failed;
    }

    /** The entities read so far whose table classes exist; for writers of per-application code. */
    List<EntityModel> entities() {
        return List.copyOf(written);
    }

    /** The tables (foreign-key order) and projection mappings written by this compilation, by class name. */
    CompiledEntities compiled() {
        return new CompiledEntities(
                SchemaOrder.creationOrder(written).stream().map(e -> GeneratedNames.table(e).canonicalName()).toList(),
                projections.stream().map(p -> ProjectionWriter.mappingName(p).canonicalName()).sorted().toList(),
                SqlSchemas.lines(written));
    }

    /** Whether any entity has been read, valid or not. */
    boolean hasEntities() {
        return !entities.isEmpty();
    }

    /** The valid projections read so far. */
    List<ProjectionModel> projections() {
        return List.copyOf(projections);
    }

    private void report(Diagnostic problem) {
        output.report(problem);
    }

    private void write(JavaFile file, String origin) {
        output.writeJava(file, reader.element(origin).orElseThrow());
    }

    private void resource(String name, String text) {
        output.writeResource(SCHEMA_FOLDER + name, text);
    }
}
