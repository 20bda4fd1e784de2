/**
 * Duplicates: organisations that may have been recorded twice (same normalised name in the same postcode district,
 * same email or phone), and merging two into one without losing or orphaning anything, for administrators.
 */
package org.engagement.core.merge;
