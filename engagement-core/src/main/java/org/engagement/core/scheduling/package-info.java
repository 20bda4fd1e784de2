/**
 * Scheduled work done once per cluster: each day's run of a job is claimed by one server through a row in the
 * database ({@link org.engagement.core.scheduling.JobRuns}) and taken over by another when the holder dies.
 */
package org.engagement.core.scheduling;
