package org.cctvportal.specification;

import java.util.Optional;
import org.cctvportal.platform.jobs.Job;

/**
 * The work a ratification starts where the estate is held to the specification: the evaluation of every partner's
 * estate against the new version, run as a job the admin follows. The compliance feature, which starts it on
 * {@link SpecificationRatified}, answers; the specification depends on no feature for it.
 */
public interface RatificationWork {

    /** The job evaluating the estate after this version's ratification, if there is one the caller may see. */
    Optional<Job> of(long versionId);
}
