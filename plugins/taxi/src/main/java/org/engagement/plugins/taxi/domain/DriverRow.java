package org.engagement.plugins.taxi.domain;

import java.time.LocalDate;

/** One valid line of a licence-register file. */
public record DriverRow(
        int line,
        String licenceNumber,
        LicenceType licenceType,
        String surname,
        String forenames,
        LocalDate dateOfBirth,
        LocalDate licenceExpiry,
        String operatorName,
        LicenceStatus status) {

    public String personName() {
        return forenames + " " + surname;
    }
}
