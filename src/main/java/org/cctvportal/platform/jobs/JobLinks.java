package org.cctvportal.platform.jobs;

import io.quarkus.qute.TemplateData;
import java.util.UUID;

/** The jobs' URLs ({@code {jobs:job(j.id)}} in a template). */
@TemplateData(namespace = "jobs")
public final class JobLinks {

    private JobLinks() {
    }

    public static String job(UUID id) {
        return "/jobs/" + id;
    }

    public static String apiJob(UUID id) {
        return "/api/v1/jobs/" + id;
    }
}
