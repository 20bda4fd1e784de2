/**
 * Email: the settings of the SMTP server ({@code ENGAGEMENT_SMTP_*}, read by the web module) and the one way to send
 * a plain-text email. Without a server, email is off and nothing here sends anything.
 */
package org.engagement.core.mail;
