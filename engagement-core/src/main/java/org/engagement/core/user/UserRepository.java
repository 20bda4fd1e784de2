package org.engagement.core.user;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    List<UserAccount> findAll();

    long count();

    void add(UserAccount account);
}
