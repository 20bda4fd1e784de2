package org.engagement.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored form of a {@link FailureCount}: one row per username or client address with recent failures. */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(
        name = "SignInFailure.forgetIdle",
        query = "delete from SignInFailure f where f.lastFailure < :idleSince"
                + " and (f.lockedUntil is null or f.lockedUntil < :now)")
@NamedQuery(name = "SignInFailure.byKeys", query = "select f from SignInFailure f where f.key in :keys")
class SignInFailure {

    @Id
    @Column(name = "counted_key", length = 160)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    protected SignInFailure() {}

    SignInFailure(String key, FailureCount count) {
        this.key = key;
        set(count);
    }

    final void set(FailureCount count) {
        this.failures = count.count();
        this.lockedUntil = count.lockedUntil();
        this.lastFailure = count.lastFailure();
    }

    String key() {
        return key;
    }

    FailureCount count() {
        return new FailureCount(failures, lockedUntil, lastFailure);
    }
}
