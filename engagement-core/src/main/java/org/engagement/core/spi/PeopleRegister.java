package org.engagement.core.spi;

import java.util.Collection;
import java.util.Set;
import org.engagement.core.user.Role;

/**
 * People a module keeps in a register of its own (a licensing authority's drivers), and the roles that may read
 * that register. Such people often hold no role at any organisation, so the core cannot tell from its own records
 * who may see them: it asks the register, and shows a registered person, their training and their place in reports
 * only to the register's readers.
 */
public interface PeopleRegister {

    /** The roles that may read the register's people. */
    Set<Role> readers();

    /** Which of these people are in the register (one query for many, for lists and reports). */
    Set<Long> registered(Collection<Long> personIds);
}
