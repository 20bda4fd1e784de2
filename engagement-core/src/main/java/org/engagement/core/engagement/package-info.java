/**
 * Engagements: dated records of contact with an organisation (visits, calls, meetings), the people present,
 * and follow-ups with an owner and a due date; also an organisation's timeline of changes. No user
 * interface code here.
 */
package org.engagement.core.engagement;
