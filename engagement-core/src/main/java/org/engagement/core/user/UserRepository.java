package org.engagement.core.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where accounts are kept. */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    List<UserAccount> findAll();

    long count();

    /** Usernames of the enabled accounts holding any of the roles, in order. */
    List<String> activeUsernamesHolding(Set<Role> roles);

    void add(UserAccount account);
}
