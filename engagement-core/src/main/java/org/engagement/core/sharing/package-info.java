/**
 * Information-sharing agreements between the partnership and the organisations it works with: the register,
 * the agreement's lifecycle (kept by the entity itself), its parties and signatures, its lawful basis under
 * UK GDPR, the signed documents, and the figures the dashboard shows. No user interface code here.
 */
package org.engagement.core.sharing;
