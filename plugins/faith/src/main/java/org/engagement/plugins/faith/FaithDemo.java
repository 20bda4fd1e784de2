package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.Procedure;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.safeguarding.SafeguardingService;
import org.engagement.core.spi.DemoSeed;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingService;

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
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private EngagementService engagements;

    @Inject
    private SafeguardingService safeguarding;

    @Inject
    private TrainingService training;

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
            PolicyStatus policy,
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
                    PolicyStatus.IN_DEVELOPMENT,
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
                    PolicyStatus.ADOPTED,
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
                    PolicyStatus.ADOPTED,
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
                    PolicyStatus.NONE,
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
                    PolicyStatus.ADOPTED,
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
                    PolicyStatus.ADOPTED,
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
                    PolicyStatus.NONE,
                    0,
                    false,
                    "First contact made with the Sikh community."));

    void seed(DemoSeed seed) {
        LocalDate today = seed.today();
        LocalDate quarterStart = FinancialQuarter.of(today).start();
        for (int i = 0; i < SETTINGS.size(); i++) {
            Setting setting = SETTINGS.get(i);
            long id = organisation(setting);
            long lead = contacts.addContact(
                            id,
                            new PersonDetails(
                                    setting.lead(), null, null, "English", null, LawfulBasis.PUBLIC_TASK, null),
                            "designated safeguarding lead")
                    .personId();
            LocalDate firstContact = today.minusMonths(8 + i);
            long contact = engagement(id, lead, firstContact, "First visit", setting.progress(), null);
            Long agreement = null;
            if (setting.agreed()) {
                agreement = engagement(
                        id,
                        lead,
                        firstContact.plusMonths(1),
                        "Meeting with the committee",
                        "Agreed to work with the partnership on safeguarding.",
                        new FollowUpDetails(
                                "Send " + setting.name() + " the model policy",
                                FOLLOW_UPS_FOR,
                                today.plusDays(7L * (i + 1) - 21)));
            }
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
            policy(id, lead, setting.policy(), today, i);
            if (setting.trained() > 0) {
                trained(seed, id, setting, latest(quarterStart, today.minusDays(10L + i)));
            }
            if (setting.trainingBooked()) {
                training.planSession(
                        new SessionDetails(
                                seed.awarenessCourse(),
                                today.plusDays(14L + 7 * i),
                                "COMMUNITY",
                                setting.name(),
                                "CSE team",
                                null,
                                List.of(id)),
                        20,
                        List.of(lead));
            }
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private long organisation(Setting setting) {
        return organisations
                .create(
                        new OrganisationDetails(
                                setting.name(),
                                setting.type(),
                                null,
                                null,
                                "Doncaster",
                                null,
                                null,
                                null,
                                null,
                                null,
                                OrganisationStatus.ACTIVE,
                                OFFICER,
                                Set.of(),
                                "Demo partnership",
                                null),
                        true)
                .getId();
    }

    private long engagement(long id, long person, LocalDate on, String summary, String outcome, FollowUpDetails next) {
        return engagements
                .log(
                        id,
                        new EngagementDetails(
                                on,
                                EngagementType.VISIT,
                                OFFICER,
                                List.of(person),
                                summary,
                                outcome,
                                next == null ? List.of() : List.of(next)))
                .getId();
    }

    /** An adopted policy; the madrassa's review fell due last month, so the faith lead has one overdue. */
    private void policy(long id, long lead, PolicyStatus status, LocalDate today, int index) {
        if (status == PolicyStatus.NONE) {
            return;
        }
        boolean adopted = status == PolicyStatus.ADOPTED;
        boolean overdue = index == 2;
        safeguarding.saveProfile(
                id,
                safeguarding.profile(id).getVersion(),
                new ProfileDetails(
                        status,
                        adopted ? today.minusMonths(overdue ? 13 : 5) : null,
                        adopted ? (overdue ? today.minusMonths(1) : today.plusMonths(7)) : null,
                        adopted ? Set.of(Procedure.REPORTING_A_CONCERN, Procedure.SAFER_RECRUITMENT) : Set.of(),
                        lead,
                        null,
                        null,
                        adopted,
                        adopted ? DbsChecks.PARTLY : DbsChecks.NO,
                        null));
    }

    private void trained(DemoSeed seed, long id, Setting setting, LocalDate heldOn) {
        List<AttendeeDetails> attendees = new ArrayList<>();
        for (int n = 1; n <= setting.trained(); n++) {
            attendees.add(AttendeeDetails.named("Volunteer " + n + " of " + setting.name(), null, id));
        }
        training.recordSession(
                new SessionDetails(
                        seed.awarenessCourse(), heldOn, "COMMUNITY", setting.name(), "CSE team", null, List.of(id)),
                attendees);
    }
}
