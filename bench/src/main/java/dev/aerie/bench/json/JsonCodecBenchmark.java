package dev.aerie.bench.json;

import dev.aerie.runtime.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated {@code BenchBook_JsonCodec} against {@link HandWrittenBookCodec}, both driven by
 * the same {@link Json} (same factory, limits and buffers), so only the codecs differ.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonCodecBenchmark {
    private final Json json = Json.create();
    private final BenchBook book = new BenchBook(42L, "The Left Hand of Darkness", "Ursula K. Le Guin", 1969,
            "978-0441478125", List.of("science fiction", "classic", "hugo"), 9.99, true);
    private final byte[] bytes = json.write(BenchBook_JsonCodec.INSTANCE, book);

    public JsonCodecBenchmark() {
        BenchBook generated = json.read(bytes, BenchBook_JsonCodec.INSTANCE);
        BenchBook handWritten = json.read(bytes, HandWrittenBookCodec.INSTANCE);
        if (!generated.equals(book) || !handWritten.equals(book)
                || !new String(json.write(HandWrittenBookCodec.INSTANCE, book), StandardCharsets.UTF_8)
                        .equals(new String(bytes, StandardCharsets.UTF_8))) {
            throw new IllegalStateException("the codecs disagree: " + new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public byte[] writeGenerated() {
        return json.write(BenchBook_JsonCodec.INSTANCE, book);
    }

    @Benchmark
    public byte[] writeHandWritten() {
        return json.write(HandWrittenBookCodec.INSTANCE, book);
    }

    @Benchmark
    public BenchBook readGenerated() {
        return json.read(bytes, BenchBook_JsonCodec.INSTANCE);
    }

    @Benchmark
    public BenchBook readHandWritten() {
        return json.read(bytes, HandWrittenBookCodec.INSTANCE);
    }
}
