package org.engagement.core.reminder;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.mail.Email;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.EmailAddress;

/** The wording of reminder emails: one reminder, or a week's digest. Plain text, plain English, no personal data beyond the reminder's own. */
final class ReminderLetters {

    private static final String FOOTER = "\n\nYou can see all your reminders under Notifications in Engagement CRM."
            + "\nYou get this email because you are the officer responsible. To change the address or to get a weekly"
            + " digest instead, ask your administrator.\n";

    private ReminderLetters() {}

    static Email single(EmailAddress to, String name, Notification reminder) {
        return new Email(
                to,
                name,
                "Reminder: " + reminder.getMessage(),
                "Hello " + name + ",\n\n" + reminder.getMessage() + "." + FOOTER);
    }

    static Email digest(EmailAddress to, String name, LocalDate weekOf, List<Notification> reminders) {
        StringBuilder body = new StringBuilder("Hello ")
                .append(name)
                .append(",\n\nYour reminders this week (")
                .append(reminders.size())
                .append("):\n");
        for (Notification reminder : reminders) {
            body.append("\n- ").append(reminder.getMessage());
        }
        return new Email(
                to,
                name,
                "Your reminders for the week of " + Dates.describe(weekOf) + " (" + reminders.size() + ")",
                body.append(FOOTER).toString());
    }
}
