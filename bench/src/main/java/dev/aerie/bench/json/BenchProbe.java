package dev.aerie.bench.json;

/** Makes the build generate {@code BenchBook_JsonCodec}, as a route returning a BenchBook would. */
@dev.aerie.processor.json.JsonProbe
final class BenchProbe {
    BenchBook book;
}
