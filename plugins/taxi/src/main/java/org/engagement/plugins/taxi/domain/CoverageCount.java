package org.engagement.plugins.taxi.domain;

/** Active drivers of one operator and licence type, and how many of them have valid training. */
public record CoverageCount(Long operatorId, LicenceType licenceType, long drivers, long trained) {}
