/**
 * The change history: an append-only record of who created, changed or deleted which record, when,
 * and each field's value before and after. Nothing here offers an update or a delete.
 */
package org.engagement.core.audit;
