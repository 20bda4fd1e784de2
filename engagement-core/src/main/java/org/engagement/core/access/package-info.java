/**
 * Who may do what, defined once: the role sets (who reads which sector, who sees personal data, who sees
 * audits, who edits what) and the role names as compile-time constants for {@code @RolesAllowed}. Services,
 * menus, tabs, page constraints and API annotations all take their roles from here, so they cannot drift.
 */
package org.engagement.core.access;
