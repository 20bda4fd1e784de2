package org.engagement.plugins.faith;

/**
 * What a user records about a faith setting. {@code agreementEngagementId} marks the engagement at which the
 * setting agreed to engage with the partnership (null until then).
 */
public record FaithProfileDetails(
        String faith,
        String tradition,
        String community,
        String languages,
        CongregationSize congregationSize,
        boolean runsChildrensClasses,
        String deliveryPreferences,
        Long agreementEngagementId) {}
