package dev.aerie.bench.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Executors;

/**
 * Why {@code Json} gives jackson a concurrent buffer pool instead of its thread-local default:
 * parses and writes a small document with each pool, alternating, first on one platform thread,
 * then one virtual thread per document (as Helidon runs requests). Prints medians per operation.
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
        JsonFactory threadLocal = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
        JsonFactory deque = JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build();
        for (int i = 0; i < 3; i++) {
            onOneThread(threadLocal);
            onOneThread(deque);
        }
        long[][] platform = new long[2][7];
        long[][] virtual = new long[2][7];
        for (int round = 0; round < 7; round++) {
            platform[0][round] = onOneThread(threadLocal);
            platform[1][round] = onOneThread(deque);
            virtual[0][round] = onVirtualThreads(threadLocal);
            virtual[1][round] = onVirtualThreads(deque);
        }
        System.out.printf("platform thread: thread-local %d ns/op, concurrent deque %d ns/op%n",
                median(platform[0]), median(platform[1]));
        System.out.printf("virtual thread per operation: thread-local %d ns/op, concurrent deque %d ns/op%n",
                median(virtual[0]), median(virtual[1]));
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
