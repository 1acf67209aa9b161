package org.cctvportal.platform.jobs;

import java.util.Locale;

/** A job as its page shows it: what it is, how far it has come in words, and whether to keep asking. */
public record JobView(Job job, String title) {

    public int percent() {
        return job.percent();
    }

    public boolean ended() {
        return job.status.ended();
    }

    public boolean succeeded() {
        return job.status == Job.Status.DONE;
    }

    public boolean failed() {
        return job.status == Job.Status.FAILED;
    }

    /** One sentence: where the work is, or how it ended. */
    public String text() {
        return switch (job.status) {
            case QUEUED -> "Waiting to start.";
            case RUNNING -> job.total == null ? "Getting ready: checking the work before it starts."
                    : String.format(Locale.UK, "%,d of %,d done.", job.done, job.total);
            case DONE, FAILED -> job.message;
        };
    }
}
