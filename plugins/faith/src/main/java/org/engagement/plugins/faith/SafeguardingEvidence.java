package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.safeguarding.SafeguardingService;
import org.engagement.core.shared.Dates;

/**
 * Pathway steps shown by the safeguarding records: the policy in development (since the profile last said so),
 * the policy adopted (its adoption date), and the first finished audit.
 */
@ApplicationScoped
public class SafeguardingEvidence implements PathwayEvidence {

    @Inject
    private SafeguardingService safeguarding;

    @Override
    public Map<PathwayStep, LocalDate> reached(long organisationId, FaithProfile profile) {
        Map<PathwayStep, LocalDate> steps = new EnumMap<>(PathwayStep.class);
        if (!safeguarding.canSee()) {
            return steps;
        }
        SafeguardingProfile policy = safeguarding.profile(organisationId);
        PolicyStatus status = policy.getPolicyStatus();
        if (status == PolicyStatus.IN_DEVELOPMENT && policy.getUpdatedAt() != null) {
            steps.put(PathwayStep.POLICY_IN_DEVELOPMENT, LocalDate.ofInstant(policy.getUpdatedAt(), Dates.UK));
        }
        if (status == PolicyStatus.ADOPTED && policy.getAdoptedOn() != null) {
            steps.put(PathwayStep.POLICY_ADOPTED, policy.getAdoptedOn());
        }
        safeguarding.auditsOf(organisationId).stream().filter(Audit::isFinished).map(Audit::getDate).min(LocalDate::compareTo)
                .ifPresent(first -> steps.put(PathwayStep.AUDIT_DONE, first));
        return steps;
    }
}
