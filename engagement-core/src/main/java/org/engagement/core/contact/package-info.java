/**
 * People (contacts) and the roles they hold at organisations, with the lawful basis for holding their data.
 * Who may see or change them follows from the organisation's sector. No user interface code here.
 */
package org.engagement.core.contact;
