package org.engagement.plugins.taxi.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One training record of a driver as the renewal check sees it.
 *
 * @param recordedBy who put the record on file, in words (e.g. "Imported by j.smith on 26 Nov 2026")
 */
public record TrainingEvidence(
        String courseCode, String courseTitle, LocalDate completedOn, String certificateNumber, String recordedBy)
        implements Serializable {}
