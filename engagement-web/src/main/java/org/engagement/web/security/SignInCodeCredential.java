package org.engagement.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of signing in: the code the person's authenticator app shows now. */
public record SignInCodeCredential(String code) implements Credential {}
