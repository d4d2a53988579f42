package dev.aerie.processor.orm;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The entity and projection part of the processor, run on its own until the core processor's
 * extension point exists; then {@link EntityCompilation} is driven from the ORM extension and
 * this class goes away.
 */
@AutoService(Processor.class)
public final class OrmProcessor extends AbstractProcessor {
    private EntityCompilation entities;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        entities = new EntityCompilation(env);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(EntityReader.ENTITY, EntityReader.PROJECTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement entity = processingEnv.getElementUtils().getTypeElement(EntityReader.ENTITY);
        if (entity != null) {
            entities.round(round.getElementsAnnotatedWith(entity));
        }
        TypeElement projection = processingEnv.getElementUtils().getTypeElement(EntityReader.PROJECTION);
        if (projection != null) {
            entities.projections(round.getElementsAnnotatedWith(projection));
        }
        if (round.processingOver()) {
            entities.finish();
        }
        return false;
    }
}
