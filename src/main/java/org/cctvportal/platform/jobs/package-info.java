/**
 * Scheduled jobs that run once per slot across the portal's replicas, and the long work people start (jobs with
 * progress, claimed by any replica and taken up again when their runner dies).
 */
package org.cctvportal.platform.jobs;
