package org.engagement.core.spi;

import java.util.List;
import java.util.Set;

/**
 * Implemented (as a CDI bean) by a module that holds personal data about core people, e.g. a licensing register's
 * drivers and their renewal checks. The core's privacy tools ask every implementation for its part of a person's
 * subject access export and of their erasure, so a data protection officer's answer is whole without the core naming
 * any module.
 */
public interface PersonalData {

    /**
     * The module's columns that name a core person, as {@code table.column} in lower case (e.g.
     * {@code taxi_driver.person_id}). The completeness test finds every such column in the schema and fails for one
     * no implementation covers, so a new table that names a person cannot ship without its part of the export.
     */
    Set<String> personColumns();

    /** What the module holds about the person, one section per kind of record; empty sections may be left out. */
    List<PersonalDataSection> export(long personId);

    /**
     * Why the person cannot be erased now, each reason a phrase naming the record and the legal duty (e.g. "taxi
     * licence D123 is in force until 1 May 2027 and ..."); empty when nothing holds their data back.
     */
    List<String> erasureRefusals(long personId);

    /**
     * Removes or irreversibly anonymises the module's personal data about the person, keeping what counts in figures
     * (a renewal check still counts in the log's totals). Runs in the erasure's transaction, after every module said
     * nothing holds it back; {@code replacementName} is what the person is now called where a name must stay.
     */
    void erase(long personId, String replacementName);
}
