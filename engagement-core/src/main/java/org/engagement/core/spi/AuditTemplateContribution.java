package org.engagement.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An audit template a module ships as data, for the safeguarding feature to import as a versioned template.
 * {@code code} and {@code version} together identify it; a changed template gets a new version so earlier
 * audits keep the standards they were scored against. {@code organisationTypes} are the types it suits.
 */
public record AuditTemplateContribution(
        String code,
        int version,
        String title,
        String description,
        Set<String> organisationTypes,
        List<AuditStandard> standards) {

    public AuditTemplateContribution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (version < 1) {
            throw new IllegalArgumentException("Template versions start at 1: " + code);
        }
        organisationTypes = Set.copyOf(organisationTypes);
        standards = List.copyOf(standards);
        if (standards.stream().map(AuditStandard::code).distinct().count() != standards.size()) {
            throw new IllegalArgumentException("Two standards share a code in template " + code);
        }
    }
}
