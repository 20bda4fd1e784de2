package org.engagement.plugins.taxi.domain;

/**
 * A page of the driver list. {@code q} matches the start of the licence number or surname.
 *
 * @param sortField licenceNumber, surname, licenceExpiry or status; null sorts by licence number
 */
public record DriverSearch(
        String q, Long operatorId, LicenceStatus status, int first, int size, String sortField, boolean descending) {}
