package org.engagement.core.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation type whose organisations are expected to have an active agreement; an administrator's setting. */
@Entity
@Table(name = "agreement_expected_type")
public class ExpectedAgreementType {

    @Id
    @Column(name = "type_code", length = 40)
    private String typeCode;

    protected ExpectedAgreementType() {}

    public ExpectedAgreementType(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getTypeCode() {
        return typeCode;
    }
}
