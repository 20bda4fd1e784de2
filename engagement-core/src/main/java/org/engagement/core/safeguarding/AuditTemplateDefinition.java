package org.engagement.core.safeguarding;

import java.util.List;

/**
 * A template as a sector module (or the core) ships it; {@link AuditTemplateService#install} publishes it as a
 * new version when it is new or its standards differ from the latest published version.
 */
public record AuditTemplateDefinition(String code, String title, List<StandardDefinition> standards) {

    public AuditTemplateDefinition {
        standards = List.copyOf(standards);
    }
}
