package dev.aerie.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlotRecyclerPoolTest {

    @Test
    void aReleasedRecyclerIsReusedByTheSameThread() {
        SlotRecyclerPool pool = new SlotRecyclerPool();
        BufferRecycler first = pool.acquirePooled();
        pool.releasePooled(first);
        assertSame(first, pool.acquirePooled());
    }

    @Test
    void aRecyclerInUseIsNeverHandedOutAgain() {
        SlotRecyclerPool pool = new SlotRecyclerPool();
        BufferRecycler first = pool.acquirePooled();
        assertNotSame(first, pool.acquirePooled(), "the slot is empty while its recycler is out");
    }

    @Test
    void manyThreadsNeverShareARecycler() {
        SlotRecyclerPool pool = new SlotRecyclerPool();
        Set<BufferRecycler> inUse = ConcurrentHashMap.newKeySet();
        AtomicInteger shared = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 200; t++) {
                threads.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        BufferRecycler recycler = pool.acquirePooled();
                        if (!inUse.add(recycler)) {
                            shared.incrementAndGet();
                        }
                        Thread.yield();
                        inUse.remove(recycler);
                        pool.releasePooled(recycler);
                    }
                });
            }
        }
        assertEquals(0, shared.get(), "recyclers handed to two threads at once");
    }

    @Test
    void jsonWritesCorrectlyFromManyThreadsThroughThePool() throws Exception {
        Json json = Json.create();
        List<Future<?>> done = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 50; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        String text = "t" + thread + "-" + i;
                        assertEquals("\"" + text + "\"",
                                new String(json.write(JsonCodecs.STRING, text), StandardCharsets.UTF_8));
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get(); // rethrows an assertion that failed on a worker
        }
    }
}
