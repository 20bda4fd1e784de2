package org.engagement.core.security;

/** Where the current request came from (the client's network address), as the web module sees it. */
public interface RequestOrigin {

    /** The address, or {@code "application"} for work the application does by itself. */
    String clientAddress();
}
