package org.engagement.core.spi;

import java.util.List;
import java.util.Objects;

/**
 * One standard of a contributed audit template: what is checked ({@code title}), how an auditor judges it
 * ({@code guidance}), what evidence to look for, and whether failing it is critical (a red rating whatever
 * else is in place).
 */
public record AuditStandard(String code, String title, String guidance, List<String> evidence, boolean critical) {

    public AuditStandard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        guidance = guidance == null ? "" : guidance;
        evidence = List.copyOf(evidence);
    }
}
