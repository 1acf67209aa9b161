package org.cctvportal.platform.jobs;

/**
 * One kind of long work, published by the feature that owns it. The runner calls {@link #run} under the job's partner
 * with no transaction open; the work opens its own through {@link JobProgress#chunk}, each chunk committing its part
 * together with the job's progress, so work taken up again after its runner died goes on from the last chunk.
 */
public interface JobKind {

    /** The kind's name as stored, such as {@code estate-import}. */
    String kind();

    /** What the work is, as a page heading: "Importing to the estate". */
    String title();

    /**
     * Does the work (or what is left of it: {@code job.done} says how far earlier attempts came) and answers the
     * sentence the person reads when it is done. A {@link JobFailure} ends the job with its message.
     */
    String run(Job job, JobProgress progress);
}
