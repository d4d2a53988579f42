/**
 * Graph logic on plain models: module roots and import cycles, visibility, resolution, cycles, scopes, start order,
 * and the {@link dev.aerie.processor.graph.ContainerPlan} of how the container creates its singletons.
 */
package dev.aerie.processor.graph;
