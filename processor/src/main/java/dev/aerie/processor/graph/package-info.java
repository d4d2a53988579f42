/** Graph logic on plain models: module roots and import cycles, visibility, resolution, cycles, scopes, start order. */
package dev.aerie.processor.graph;
