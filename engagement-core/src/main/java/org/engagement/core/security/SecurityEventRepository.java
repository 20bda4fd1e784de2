package org.engagement.core.security;

import org.engagement.core.shared.PageOf;

/** Where the security log is kept: entries are added and read, never changed or removed. */
public interface SecurityEventRepository {

    void add(SecurityEvent event);

    PageOf<SecurityEvent> page(SecurityLogQuery query);
}
