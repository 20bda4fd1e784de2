package org.engagement.core.training;

import java.util.List;

/** A training record about to expire, with the organisations where its holder has a role. */
public record ExpiringTraining(TrainingRecord record, List<String> organisations) {}
