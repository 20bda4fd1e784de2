/**
 * The retention schedule (UK GDPR Article 5(1)(e), storage limitation): how long each kind of record keeps its personal
 * data, what happens then, a dry run of what is coming due, and the daily application of it. The core's own kinds are
 * in {@link org.engagement.core.privacy.retention.CoreRetention}; modules add theirs through
 * {@link org.engagement.core.spi.RetentionSource}. No user interface or container code here.
 */
package org.engagement.core.privacy.retention;
