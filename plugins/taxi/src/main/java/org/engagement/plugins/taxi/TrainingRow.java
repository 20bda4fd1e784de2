package org.engagement.plugins.taxi;

import java.time.LocalDate;

/** One valid line of a driver-training file. */
record TrainingRow(
        int line, String licenceNumber, String courseCode, LocalDate completedOn, String certificateNumber) {}
