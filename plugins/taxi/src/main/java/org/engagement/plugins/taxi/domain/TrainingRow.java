package org.engagement.plugins.taxi.domain;

import java.time.LocalDate;

/** One valid line of a driver-training file. */
public record TrainingRow(
        int line, String licenceNumber, String courseCode, LocalDate completedOn, String certificateNumber) {}
