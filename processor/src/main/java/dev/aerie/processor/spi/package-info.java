/**
 * How processor extensions (HTTP, ORM) plug into the dependency-injection core: implement
 * {@link dev.aerie.processor.spi.AerieExtension}, list it in {@code AerieProcessor.extensions()},
 * read your annotations in {@code round}, contribute bindings per application in
 * {@code bindings} (they are validated with the rest of the graph) and write files from the
 * resolved application in {@code write}. Report mistakes as {@link dev.aerie.processor.spi.Diagnostic}s
 * to {@code context.reporter()}, the one channel every compiler message of Aerie goes through
 * (docs/errors.md lists the kinds). See docs/modules-and-di.md.
 */
package dev.aerie.processor.spi;
