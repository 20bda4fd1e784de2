package org.engagement.web.accessibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who runs this installation and how its users report an accessibility problem, for the accessibility statement.
 * Each partnership sets its own (ENGAGEMENT_ACCESSIBILITY_ORGANISATION, ..._EMAIL, ..._PHONE): the regulations ask
 * the body that runs the service to publish how to reach it, and that is not the software's authors.
 */
@Named
@ApplicationScoped
public class AccessibilityContact {

    @Inject
    @ConfigProperty(name = "engagement.accessibility.organisation")
    private String organisation;

    @Inject
    @ConfigProperty(name = "engagement.accessibility.email")
    private Optional<String> email;

    @Inject
    @ConfigProperty(name = "engagement.accessibility.phone")
    private Optional<String> phone;

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email.filter(e -> !e.isBlank()).orElse(null);
    }

    public String getPhone() {
        return phone.filter(p -> !p.isBlank()).orElse(null);
    }
}
