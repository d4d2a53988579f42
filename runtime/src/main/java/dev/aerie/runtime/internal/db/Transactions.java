package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.Session.TransactionWork;

/**
 * The transaction rules both backends share, written once: a session is one unit of work, one
 * transaction until {@code commit()} (called explicitly, or by the session's owner at its end: the
 * request when it completes, {@code withSession} when its lambda returns). A block, at any depth,
 * is a savepoint of that transaction: it never commits, and a block that throws rolls back to its
 * savepoint, so recovering from a failed statement cannot commit half a request. {@code commit()}
 * and {@code rollback()} are refused inside a block. With {@code forceRollback} nothing is ever
 * committed: a commit only sets the savepoint that {@code rollback()} returns to. What the rules do
 * on a connection is the backend's {@link Port}. For the backends; not an API.
 *
 * @param <S> how the backend names a savepoint it has set
 */
public final class Transactions<S> {
    /** The statements of one backend's connection; the session has begun its transaction before any is called. */
    public interface Port<S> {
        /** Sets a savepoint named {@code name}. */
        S savepoint(String name);

        void rollbackTo(S savepoint);

        void release(S savepoint);

        void commit();

        void rollback();
    }

    private final Port<S> port;
    private final boolean forceRollback;
    private int depth;
    private int savepoints;
    private S commitPoint;

    public Transactions(Port<S> port, boolean forceRollback) {
        this.port = port;
        this.forceRollback = forceRollback;
    }

    /** How many blocks are open. */
    public int depth() {
        return depth;
    }

    /** Runs {@code work} as a block; the session's transaction has begun. */
    public <R, X extends Exception> R block(TransactionWork<R, X> work) throws X {
        S savepoint = savepoint();
        depth++;
        R result;
        try {
            result = work.run();
        } catch (Throwable failure) {
            depth--;
            try {
                port.rollbackTo(savepoint);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        depth--;
        // the unit of work commits, never a block: a block returning at depth 0 inside a request
        // must not commit the request's earlier writes
        port.release(savepoint);
        return result;
    }

    /** {@code Session.commit()}: {@code active} when the session has a transaction to commit. */
    public void commit(boolean active) {
        if (depth > 0) {
            throw new IllegalStateException("commit() was called inside a transaction block; a block is a savepoint of "
                    + "the session's unit of work and never commits. Call commit() outside transaction blocks, or let "
                    + "the request (or withSession) commit when it ends.");
        }
        if (active) {
            commitNow();
        }
    }

    /** {@code Session.rollback()}: {@code active} when the session has a transaction to roll back. */
    public void rollback(boolean active) {
        if (depth > 0) {
            throw new IllegalStateException("rollback() was called inside a transaction block; throw from the block "
                    + "to roll it back. Call rollback() outside transaction blocks.");
        }
        if (!active) {
            return;
        }
        if (forceRollback && commitPoint != null) {
            port.rollbackTo(commitPoint);
        } else {
            port.rollback();
        }
    }

    private void commitNow() {
        if (forceRollback) {
            commitPoint = savepoint();
        } else {
            port.commit();
        }
    }

    private S savepoint() {
        return port.savepoint("aerie_" + (++savepoints));
    }
}
