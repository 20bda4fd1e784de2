/**
 * Scheduled work done once per cluster: each day's run of a job is claimed by one server through a row in the
 * database ({@link org.engagement.core.scheduling.JobRuns}), renewed while the run goes on, and taken over by another
 * server when the holder dies.
 */
package org.engagement.core.scheduling;
