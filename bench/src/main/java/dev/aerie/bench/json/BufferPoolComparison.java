package dev.aerie.bench.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import dev.aerie.runtime.json.SlotRecyclerPool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Why {@code Json} gives jackson its own {@code SlotRecyclerPool} instead of jackson's thread-local
 * default or its concurrent-deque pool: parses and writes a small document with each pool,
 * alternating, first on one platform thread (like a keep-alive connection's virtual thread), then
 * one virtual thread per document (a client that does not keep connections). Prints medians per
 * operation.
 * Run: {@code java -cp <bench classpath> dev.aerie.bench.json.BufferPoolComparison}.
 */
public final class BufferPoolComparison {
    private static final byte[] DOCUMENT = ("{\"id\":42,\"title\":\"The Left Hand of Darkness\",\"author\":"
            + "\"Ursula K. Le Guin\",\"year\":1969,\"isbn\":\"978-0441478125\",\"tags\":[\"science fiction\","
            + "\"classic\",\"hugo\"],\"price\":9.99,\"inPrint\":true}").getBytes(StandardCharsets.UTF_8);
    private static final int OPERATIONS = 200_000;
    private static long sink;

    private BufferPoolComparison() {}

    public static void main(String[] args) throws Exception {
        List<String> names = List.of("thread-local", "concurrent deque", "slots (Aerie)");
        List<JsonFactory> factories = List.of(
                JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build(),
                JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build(),
                JsonFactory.builder().recyclerPool(new SlotRecyclerPool()).build());
        for (int i = 0; i < 3; i++) {
            for (JsonFactory factory : factories) {
                onOneThread(factory);
            }
        }
        long[][] platform = new long[factories.size()][7];
        long[][] virtual = new long[factories.size()][7];
        for (int round = 0; round < 7; round++) {
            for (int f = 0; f < factories.size(); f++) {
                platform[f][round] = onOneThread(factories.get(f));
                virtual[f][round] = onVirtualThreads(factories.get(f));
            }
        }
        for (int f = 0; f < factories.size(); f++) {
            System.out.printf("%-17s one platform thread %6d ns/op, one virtual thread per operation %6d ns/op%n",
                    names.get(f), median(platform[f]), median(virtual[f]));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long onOneThread(JsonFactory factory) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < OPERATIONS; i++) {
            readAndWrite(factory, i);
        }
        return (System.nanoTime() - start) / OPERATIONS;
    }

    private static long onVirtualThreads(JsonFactory factory) {
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < OPERATIONS / 4; i++) {
                int n = i;
                threads.submit(() -> {
                    readAndWrite(factory, n);
                    return null;
                });
            }
        }
        return (System.nanoTime() - start) / (OPERATIONS / 4);
    }

    private static void readAndWrite(JsonFactory factory, int n) throws IOException {
        try (JsonParser parser = factory.createParser(DOCUMENT)) {
            while (parser.nextToken() != null) {
                sink += parser.currentTokenId();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("title", "x");
            generator.writeNumberField("n", n);
            generator.writeEndObject();
        }
        sink += out.size();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
