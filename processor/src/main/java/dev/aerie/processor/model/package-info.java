/**
 * The plain model the processor reads source into: records without {@code javax.lang.model}
 * types, so that graph logic is tested without a compiler. {@link dev.aerie.processor.model.Source}
 * ids lead errors back to their elements.
 */
package dev.aerie.processor.model;
