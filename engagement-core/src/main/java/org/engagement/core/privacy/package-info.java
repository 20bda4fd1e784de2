/**
 * The data protection officer's tools for the rights of the people the partnership records (UK GDPR Articles 15 to
 * 18): one export of everything held about a person, and the register of what was done for whom. Sector modules
 * contribute their part through {@link org.engagement.core.spi.PersonalData}; nothing here names a module.
 */
package org.engagement.core.privacy;
