package org.engagement.web.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many months without a finished audit make an organisation due one: ENGAGEMENT_SAFEGUARDING_AUDIT_DUE_MONTHS
 * (default 12), which a page or API caller may override for one look.
 */
@ApplicationScoped
public class SafeguardingSettings {

    @Inject
    @ConfigProperty(name = "engagement.safeguarding.audit-due-months", defaultValue = "12")
    private int auditDueMonths;

    public int auditDueMonths(Integer requested) {
        return requested == null || requested < 1 || requested > 120 ? auditDueMonths : requested;
    }
}
