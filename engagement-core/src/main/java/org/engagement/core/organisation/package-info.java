/**
 * Organisations the partnership engages: their sector, registry of types, postcode, status, lead officer,
 * and who may read or change them. Entities, value objects, the repository and the application service;
 * no user interface code here.
 */
package org.engagement.core.organisation;
