/**
 * Who looked at what: an append-only log of every view of a person's, a driver's, an audit's or a safeguarding
 * profile's record and of every export holding personal data, for the data protection officer. Nothing here offers
 * an update or a delete.
 */
package org.engagement.core.accesslog;
