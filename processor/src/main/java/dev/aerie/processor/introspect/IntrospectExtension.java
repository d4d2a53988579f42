package dev.aerie.processor.introspect;

import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.ExtensionContext;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Writes each application's module and provider graph, at compile time, as
 * {@code META-INF/aerie/graph/<root module>.mmd} (Mermaid) and {@code .dot} (Graphviz), which
 * {@code app graph} prints.
 */
public final class IntrospectExtension implements AerieExtension {

    /** Where the graph of {@code rootModule} (a binary name) goes, without the extension. */
    public static String resourceBase(String rootModule) {
        return "META-INF/aerie/graph/" + rootModule;
    }

    @Override
    public Set<String> annotationTypes() {
        return Set.of();
    }

    @Override
    public void write(ExtensionContext context, ResolvedApplication application) {
        TypeElement root = context.env().getElementUtils().getTypeElement(application.root());
        String binaryName = context.env().getElementUtils().getBinaryName(root).toString();
        WiringGraph graph = WiringGraph.of(application);
        context.writeResource(resourceBase(binaryName) + ".mmd", GraphFormats.mermaid(graph), root);
        context.writeResource(resourceBase(binaryName) + ".dot", GraphFormats.dot(graph), root);
    }
}
