/**
 * The demo partnership (ENGAGEMENT_DEMO=seed): a working system built from the council report, loaded into an empty
 * database so that a newcomer sees real figures rather than empty tables.
 */
package org.engagement.core.demo;
