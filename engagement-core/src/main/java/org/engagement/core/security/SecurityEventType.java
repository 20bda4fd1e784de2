package org.engagement.core.security;

/** What happened, in words an administrator reads in the security log. */
public enum SecurityEventType {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_REFUSED("Sign-in refused while locked out"),
    LOCKED_OUT("Locked out after repeated failures"),
    ADDRESS_THROTTLED("Address throttled after repeated failures"),
    PASSWORD_RESET("Password reset by an administrator"),
    PASSWORD_CHANGED("Password changed by its owner"),
    ROLES_CHANGED("Roles changed"),
    ACCOUNT_CREATED("Account created"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled again"),
    SECOND_FACTOR_SET_UP("Two-step sign-in set up by its owner"),
    SECOND_FACTOR_REMOVED("Two-step sign-in removed by an administrator"),
    SIGN_IN_CODE_FAILED("Sign-in code wrong or already used");

    private final String label;

    SecurityEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
