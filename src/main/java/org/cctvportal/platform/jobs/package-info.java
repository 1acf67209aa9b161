/** Scheduled jobs that run once per slot across the portal's replicas. */
package org.cctvportal.platform.jobs;
