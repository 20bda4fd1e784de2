package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementService;

/**
 * Pathway steps shown by engagements: contact is made at the first engagement of any kind; the setting agreed
 * to engage at the engagement its faith profile marks as the agreement.
 */
@ApplicationScoped
public class EngagementEvidence implements PathwayEvidence {

    @Inject
    private EngagementService engagements;

    @Override
    public Map<PathwayStep, LocalDate> reached(long organisationId, FaithProfile profile) {
        List<Engagement> all = engagements.engagementsWith(organisationId);
        Map<PathwayStep, LocalDate> steps = new EnumMap<>(PathwayStep.class);
        all.stream().map(Engagement::getDate).min(Comparator.naturalOrder())
                .ifPresent(first -> steps.put(PathwayStep.CONTACT_MADE, first));
        if (profile != null && profile.getAgreementEngagementId() != null) {
            all.stream().filter(e -> e.getId().equals(profile.getAgreementEngagementId())).findFirst()
                    .ifPresent(e -> steps.put(PathwayStep.AGREED_TO_ENGAGE, e.getDate()));
        }
        return steps;
    }
}
