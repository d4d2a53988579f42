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
 * on a connection is the backend's {@link Port}. Every transaction that ended, by a commit, a
 * rollback or the session's close, is counted in the backend's {@link TransactionCounts}
 * (not under {@code forceRollback}, whose commits are only savepoints). For the backends; not an API.
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
    private final TransactionCounts counts;
    /** A statement ran in the transaction since it began: its end is counted. */
    private boolean open;
    private int depth;
    private int savepoints;
    private S commitPoint;

    public Transactions(Port<S> port, boolean forceRollback, TransactionCounts counts) {
        this.port = port;
        this.forceRollback = forceRollback;
        this.counts = counts;
    }

    /** The backend runs a statement in the session's transaction (it has begun one if needed). */
    public void inUse() {
        open = true;
    }

    /**
     * The session closes; {@code rolledBack} when the backend rolled back (or lost) a transaction
     * it had open. Counted as a rollback if a statement ran in it since the last commit.
     */
    public void closing(boolean rolledBack) {
        if (rolledBack) {
            ended(false);
        }
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
        ended(false);
    }

    private void commitNow() {
        if (forceRollback) {
            commitPoint = savepoint();
        } else {
            port.commit();
        }
        ended(true);
    }

    /** After the database committed or rolled back: a failed COMMIT stays open, and the close counts its rollback. */
    private void ended(boolean committed) {
        if (open && !forceRollback) {
            if (committed) {
                counts.committed();
            } else {
                counts.rolledBack();
            }
        }
        open = false;
    }

    private S savepoint() {
        return port.savepoint("aerie_" + (++savepoints));
    }
}
