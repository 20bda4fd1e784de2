package org.engagement.plugins.taxi;

import java.time.LocalDate;

/** One valid line of a licence-register file. */
record DriverRow(
        int line,
        String licenceNumber,
        LicenceType licenceType,
        String surname,
        String forenames,
        LocalDate dateOfBirth,
        LocalDate licenceExpiry,
        String operatorName,
        LicenceStatus status) {

    String personName() {
        return forenames + " " + surname;
    }
}
