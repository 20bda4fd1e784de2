/**
 * Training: courses and their levels, sessions for an audience (with a headcount, named attendees, or both),
 * each named attendee's training record with its expiry, evaluations, and the quarterly figures. No user
 * interface or container-specific code here.
 */
package org.engagement.core.training;
