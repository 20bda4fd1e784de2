/** Versioned schema migrations (Liquibase): the core's changelog, then each sector module's. */
package org.engagement.core.migration;
