/**
 * How processor extensions (HTTP, ORM) plug into the dependency-injection core: implement
 * {@link dev.aerie.processor.spi.AerieExtension}, list it in {@code AerieProcessor.extensions()},
 * read your annotations in {@code round}, contribute bindings per application in
 * {@code bindings} (they are validated with the rest of the graph) and write files from the
 * resolved application in {@code write}. See docs/modules-and-di.md.
 */
package dev.aerie.processor.spi;
