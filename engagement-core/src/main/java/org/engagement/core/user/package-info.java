/**
 * People who sign in to the application: their accounts, roles and passwords. Password hashes use
 * Jakarta Security's own PBKDF2 implementation. No infrastructure or user interface code here.
 */
package org.engagement.core.user;
