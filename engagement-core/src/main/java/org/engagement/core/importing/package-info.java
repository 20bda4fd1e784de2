/**
 * Bringing in the spreadsheets a partnership already keeps (CSV or XLSX): the user matches the file's headings to the
 * record's fields, a dry run lists every problem by row and column before anything is written, each row that matches
 * a record already kept is skipped, updates it or is created anyway as the user chooses, and the import is all or
 * nothing. No user interface code here.
 */
package org.engagement.core.importing;
