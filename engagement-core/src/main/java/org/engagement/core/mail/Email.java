package org.engagement.core.mail;

import org.engagement.core.shared.EmailAddress;

/** One plain-text email to one person. */
public record Email(EmailAddress to, String toName, String subject, String body) {}
