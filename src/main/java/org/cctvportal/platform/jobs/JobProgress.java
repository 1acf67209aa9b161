package org.cctvportal.platform.jobs;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * How a job's work commits: each chunk runs in a transaction of its own under the job's partner, and moves the job's
 * progress (and heartbeat) in that same transaction, so a chunk and the record of it land together or not at all.
 */
public interface JobProgress {

    /**
     * Runs {@code work} in one new transaction and records with it how much is done ({@code doneOf} its answer) of
     * {@code total} (null: unchanged). Throws {@link ClaimLost} (changing nothing) when another runner has taken the
     * job over.
     */
    <T> T chunk(Long total, Supplier<T> work, ToLongFunction<T> doneOf);

    /**
     * The same for work that learns the total only as it runs (such as a check of the whole file finished during
     * the first chunk): {@code totalOf} its answer is recorded with the chunk.
     */
    <T> T chunk(Supplier<T> work, ToLongFunction<T> doneOf, ToLongFunction<T> totalOf);

    /** Runs {@code work} in a new transaction under the job's partner, recording nothing. */
    <T> T read(Supplier<T> work);

    /** The job was taken over by another runner (this one was thought dead): this runner stops. */
    class ClaimLost extends RuntimeException {
        public ClaimLost(String message) {
            super(message);
        }
    }
}
