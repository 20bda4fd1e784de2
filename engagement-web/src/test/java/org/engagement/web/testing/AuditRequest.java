package org.engagement.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/organisations/{id}/audits}: an officer-led audit, dated today in Europe/London,
 * against version 1 of the core template, rating every standard the API lists for it; Met unless told otherwise.
 */
public final class AuditRequest {

    public static final String CORE_TEMPLATE = "VCF_SETTINGS";

    private final List<Map<String, Object>> standards;
    private String evidence = "Seen";
    private String notMet;
    private Map<String, Object> action;
    private boolean finished = true;

    private AuditRequest(List<Map<String, Object>> standards) {
        this.standards = standards;
    }

    /** Reads the core template's standards as the given user. */
    public static AuditRequest ofCoreTemplate(Api api) {
        Api.Response version = api.get("/api/v1/audit-templates/" + CORE_TEMPLATE + "/versions/1");
        assertThat(version.status()).as(version.toString()).isEqualTo(200);
        return new AuditRequest(Json.objects(version.json().get("standards")));
    }

    /** The evidence written against every standard. */
    public AuditRequest evidence(String text) {
        evidence = text;
        return this;
    }

    /** One standard not met, with its action for the owner, due in a month. */
    public AuditRequest notMet(String standardCode, String actionText, String owner) {
        notMet = standardCode;
        action = Map.of(
                "text",
                actionText,
                "owner",
                owner,
                "dueDate",
                today().plusMonths(1).toString());
        return this;
    }

    /** Saved as a draft rather than finished. */
    public AuditRequest draft() {
        finished = false;
        return this;
    }

    public Map<String, Object> body() {
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (Map<String, Object> standard : standards) {
            Map<String, Object> rating =
                    new HashMap<>(Map.of("standardCode", standard.get("code"), "evidence", evidence, "rating", "MET"));
            if (standard.get("code").equals(notMet)) {
                rating.put("rating", "NOT_MET");
                rating.put("action", action);
            }
            ratings.add(rating);
        }
        return Map.of(
                "templateCode",
                CORE_TEMPLATE,
                "templateVersion",
                1,
                "date",
                today().toString(),
                "type",
                "OFFICER_LED",
                "ratings",
                ratings,
                "finished",
                finished);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
