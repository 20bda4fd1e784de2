/**
 * The record of processing activities (UK GDPR Article 30), produced from what the product holds: nobody types it in,
 * so it cannot drift from the records. No user interface or container code here.
 */
package org.engagement.core.privacy.record;
