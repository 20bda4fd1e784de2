package org.engagement.core.training;

/** What someone types to describe a course; checked by {@link Course}. */
public record CourseDetails(
        String code, String title, String levelCode, Delivery delivery, Integer validityMonths, String description) {}
