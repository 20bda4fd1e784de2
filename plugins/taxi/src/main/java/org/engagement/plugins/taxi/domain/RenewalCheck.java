package org.engagement.plugins.taxi.domain;

import java.io.Serializable;

/** A renewal check on one driver: who they are and the decision. */
public record RenewalCheck(Driver driver, RenewalDecision decision) implements Serializable {}
