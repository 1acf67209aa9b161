package org.cctvportal.platform.jobs;

/** Work that cannot go on: the job ends FAILED with this message, which says what was done and what to do. */
public class JobFailure extends RuntimeException {

    public JobFailure(String message) {
        super(message);
    }
}
