package org.engagement.core.spi;

import java.util.List;
import java.util.Set;

/**
 * Implemented (as a CDI bean) by a module that holds personal data about core people, e.g. a licensing register's
 * drivers and their renewal checks. The core's privacy tools ask every implementation for its part of a person's
 * subject access export, so a data protection officer's answer is whole without the core naming any module.
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
}
