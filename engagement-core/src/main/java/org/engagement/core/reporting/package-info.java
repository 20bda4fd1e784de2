/** Figures computed from records, never typed in: financial quarters and the shapes reports share. */
package org.engagement.core.reporting;
