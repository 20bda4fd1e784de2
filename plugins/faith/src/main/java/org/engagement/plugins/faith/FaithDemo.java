package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.spi.DemoRecords;
import org.engagement.core.spi.DemoSeed;

/**
 * The demo's faith settings, from the council report's account of the Faith and Culture sub-group's work (4.5): each
 * setting as far along the pathway as the report says, from first contact to policy and training. Training is dated in
 * this quarter, after the report's own table, which the core's part of the demo holds.
 */
@ApplicationScoped
public class FaithDemo {

    private static final String OFFICER = "Akeela Mohammed";
    private static final String FOLLOW_UPS_FOR = "admin";

    @Inject
    private FaithService faith;

    /** How far a setting has come: agreed to engage, its policy, training held and booked. */
    private record Setting(
            String name,
            String type,
            String faithName,
            String community,
            String languages,
            String lead,
            boolean agreed,
            String policy,
            int trained,
            boolean trainingBooked,
            String progress) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting(
                    "Central Mosque",
                    "MOSQUE",
                    "Islam",
                    "Pakistani",
                    "Urdu, English",
                    "Imam Yusuf Rahman",
                    true,
                    "IN_DEVELOPMENT",
                    0,
                    true,
                    "Contact made with both male and female members; agreed to help with procedures and training."),
            new Setting(
                    "Jamia Mosque",
                    "MOSQUE",
                    "Islam",
                    "Kashmiri",
                    "Urdu, Pahari, English",
                    "Mr Hanif Qureshi",
                    true,
                    "ADOPTED",
                    14,
                    true,
                    "Policy and procedure developed; introductory training for teachers; training for the female"
                            + " members planned, delivered by a female worker."),
            new Setting(
                    "Raza Madrassa",
                    "MADRASSA",
                    "Islam",
                    "Pakistani",
                    "Urdu, Arabic, English",
                    "Maulana Raza",
                    true,
                    "ADOPTED",
                    9,
                    false,
                    "Introductory training; procedures written with support; Level 3 and Prevent training given."),
            new Setting(
                    "Hindu and Tamil community",
                    "TEMPLE",
                    "Hinduism",
                    "Tamil",
                    "Tamil, English",
                    "Mrs Lakshmi Pillai",
                    true,
                    "NONE",
                    0,
                    true,
                    "Training booked for volunteers; the Tamil community to use the DSCB e-learning."),
            new Setting(
                    "Turkish and Kurdish community centre",
                    "FAITH_OTHER",
                    "Islam",
                    "Turkish and Kurdish",
                    "Turkish, Kurdish, English",
                    "Mr Deniz Aydin",
                    true,
                    "ADOPTED",
                    0,
                    true,
                    "Safeguarding procedures developed; training planned."),
            new Setting(
                    "Redeemed Christian Church of God",
                    "CHURCH",
                    "Christianity",
                    "Nigerian",
                    "English, Yoruba",
                    "Pastor Grace Adebayo",
                    true,
                    "ADOPTED",
                    6,
                    false,
                    "Training provided; its leaders have taken Level 3 training."),
            new Setting(
                    "Guru Nanak Gurdwara",
                    "GURDWARA",
                    "Sikhism",
                    "Punjabi Sikh",
                    "Punjabi, English",
                    "Mr Harjit Singh",
                    false,
                    "NONE",
                    0,
                    false,
                    "First contact made with the Sikh community."));

    void seed(DemoSeed seed, DemoRecords records) {
        LocalDate today = seed.today();
        for (int i = 0; i < SETTINGS.size(); i++) {
            Setting setting = SETTINGS.get(i);
            long id = records.organisation(setting.name(), setting.type(), OFFICER);
            long lead = records.contact(id, setting.lead(), "designated safeguarding lead");
            LocalDate firstContact = today.minusMonths(8 + i);
            long contact =
                    records.visit(id, lead, firstContact, "First visit", setting.progress(), null, OFFICER, null);
            Long agreement = setting.agreed()
                    ? records.visit(
                            id,
                            lead,
                            firstContact.plusMonths(1),
                            "Meeting with the committee",
                            "Agreed to work with the partnership on safeguarding.",
                            "Send " + setting.name() + " the model policy",
                            FOLLOW_UPS_FOR,
                            today.plusDays(7L * (i + 1) - 21))
                    : null;
            faith.save(
                    id,
                    null,
                    new FaithProfileDetails(
                            setting.faithName(),
                            null,
                            setting.community(),
                            setting.languages(),
                            CongregationSize.FROM_200_TO_499,
                            true,
                            "Weekend mornings; women-only sessions asked for",
                            agreement == null ? contact : agreement));
            policy(records, id, lead, setting.policy(), today, i == 2);
            if (setting.trained() > 0) {
                LocalDate held = today.minusDays(10L + i);
                records.trainingHeld(
                        seed.awarenessCourse(),
                        held.isBefore(seed.quarterStart()) ? seed.quarterStart() : held,
                        "COMMUNITY",
                        id,
                        volunteers(setting));
            }
            if (setting.trainingBooked()) {
                records.trainingBooked(
                        seed.awarenessCourse(), today.plusDays(14L + 7 * i), "COMMUNITY", id, 20, List.of(lead));
            }
        }
    }

    /** An adopted policy is dated; {@code overdue}: its review fell due last month, so the faith lead has one. */
    private static void policy(
            DemoRecords records, long id, long lead, String status, LocalDate today, boolean overdue) {
        if ("NONE".equals(status)) {
            return;
        }
        boolean adopted = "ADOPTED".equals(status);
        records.policy(
                id,
                lead,
                status,
                adopted ? today.minusMonths(overdue ? 13 : 5) : null,
                adopted ? (overdue ? today.minusMonths(1) : today.plusMonths(7)) : null);
    }

    private static List<String> volunteers(Setting setting) {
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= setting.trained(); n++) {
            names.add("Volunteer " + n + " of " + setting.name());
        }
        return names;
    }
}
