/**
 * The security log: an append-only record of sign-ins, lockouts and changes to who may do what (who, from
 * where, when, what), for administrators and a council's security officer. No infrastructure or user
 * interface code here: where a request came from is supplied by the caller through {@link
 * org.engagement.core.security.RequestOrigin}.
 */
package org.engagement.core.security;
