package org.engagement.core.spi;

import java.io.Serializable;
import java.util.Objects;
import org.engagement.core.organisation.Organisation;

/**
 * An organisation as a module sees it: its id, name and type code. The organisation page hands one to each module's
 * tab as the EL variable {@code organisation}; {@link OrganisationRecords} returns one. Getters, not record
 * accessors, because the page language reads properties.
 */
public final class OrganisationRef implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final String typeCode;

    public OrganisationRef(long id, String name, String typeCode) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.typeCode = Objects.requireNonNull(typeCode, "typeCode");
    }

    public static OrganisationRef of(Organisation organisation) {
        return new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getTypeCode());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTypeCode() {
        return typeCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationRef ref && ref.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
