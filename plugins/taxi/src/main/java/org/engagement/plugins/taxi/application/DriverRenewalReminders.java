package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.DueReminder;
import org.engagement.core.spi.ReminderSource;
import org.engagement.core.user.Role;

/**
 * Reminds the licensing officers, {@value #NOTICE_DAYS} days ahead, of each driver whose training will not be valid on
 * their licence renewal date, so the driver can be booked on a course in time. Once per driver and renewal date.
 */
@ApplicationScoped
public class DriverRenewalReminders implements ReminderSource {

    static final int NOTICE_DAYS = 30;

    @Inject
    private RenewalChecks checks;

    @Override
    public String kind() {
        return "taxi.DRIVER_RENEWAL";
    }

    @Override
    public List<DueReminder> dueOn(LocalDate today) {
        return checks.renewalsAtRisk(today, NOTICE_DAYS).stream()
                .map(driver -> DueReminder.toHoldersOf(
                        Set.of(Role.LICENSING_OFFICER),
                        driver.getKey(),
                        driver.getValue().licenceExpiry(),
                        "Taxi driver " + driver.getValue().name() + " (licence "
                                + driver.getValue().licenceNumber()
                                + "): training will not be valid on their renewal date, "
                                + Dates.describe(driver.getValue().licenceExpiry()),
                        driver.getValue().operatorId()))
                .toList();
    }
}
