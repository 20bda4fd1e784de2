/**
 * What every bounded context shares: typed, user-readable failures and the notion of who is acting.
 * No infrastructure or user interface code here.
 */
package org.engagement.core.shared;
