/**
 * Safeguarding: each organisation's safeguarding profile (policy, procedures, who leads), versioned audit
 * templates of standards, audits against them with findings and actions, and the figures faith and industry
 * leads work from. No user interface code here.
 */
package org.engagement.core.safeguarding;
