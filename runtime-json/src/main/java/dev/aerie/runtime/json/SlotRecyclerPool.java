package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * jackson's buffers for {@link Json}: a fixed array of slots, each holding at most one idle
 * {@link BufferRecycler}, picked by the current thread's id. Taking one is a single atomic swap,
 * and so is giving it back.
 *
 * <p>Why not jackson's pools: its thread-local default never reuses a buffer when each request
 * runs on a new virtual thread, and its concurrent-deque pool cost about 10 % of a small JSON
 * request's CPU time in a profile of the HTTP benchmark (a linked deque with a node per release).
 * Here a connection's virtual thread (Helidon keeps one per connection) finds its own buffers in
 * its slot again, and short-lived threads reuse what earlier ones left. Two threads that share a
 * slot only mean that one of them allocates a new recycler now and then; a recycler is never
 * handed to two threads at once.
 */
public final class SlotRecyclerPool implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;
    private static final int SLOTS = 64;

    private final AtomicReferenceArray<BufferRecycler> slots = new AtomicReferenceArray<>(SLOTS);

    /** A pool of its own (each {@link Json} has one). */
    public SlotRecyclerPool() {}

    @Override
    public BufferRecycler acquirePooled() {
        BufferRecycler idle = slots.getAndSet(slot(), null);
        return idle != null ? idle : new BufferRecycler();
    }

    @Override
    public void releasePooled(BufferRecycler recycler) {
        // Overwriting a recycler another thread left here only drops that one for the GC.
        slots.set(slot(), recycler);
    }

    private static int slot() {
        return (int) (Thread.currentThread().threadId() & (SLOTS - 1));
    }
}
