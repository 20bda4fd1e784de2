package org.engagement.core.training;

/** What adding attendees did: how many were added, and how many were already on the session (re-imports). */
public record AttendanceResult(int added, int alreadyPresent) {}
