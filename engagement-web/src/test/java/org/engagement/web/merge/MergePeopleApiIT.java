package org.engagement.web.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A trustee recorded twice at one centre, found on the people's possible-duplicates list and merged through the API by
 * an administrator: the engagements of both name the survivor, the old id answers 301 to the survivor, a stale version
 * is refused with 409 and a lead may not merge at all.
 */
@ExtendWith(RunningApplication.class)
class MergePeopleApiIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void anAdministratorMergesATrusteeRecordedTwiceAndNothingIsLost() {
        Api lead = Api.createUser("merge.people.lead." + RUN.toLowerCase(), "faith lead passphrase", "FAITH_LEAD");
        long centre = id(lead.post(
                        "/api/v1/organisations",
                        Map.of("name", "Merge Centre " + RUN, "type", "COMMUNITY_GROUP", "postcode", "DN4 1AA"))
                .json());
        long first = person(lead, centre, "Yusuf Patel " + RUN, "yusuf." + RUN.toLowerCase() + "@example.org");
        long second = person(lead, centre, "YUSUF PATEL " + RUN, null);
        visit(lead, centre, first, "Met Yusuf about the fun day");
        visit(lead, centre, second, "Met Yusuf about the rota");

        assertThat(pairsFound(first, second)).containsExactly("Same name at the same organisation");

        Map<String, Object> firstJson =
                Api.admin().get("/api/v1/people/" + first).json();
        Map<String, Object> secondJson =
                Api.admin().get("/api/v1/people/" + second).json();
        Map<String, Object> merge = new HashMap<>(Map.of(
                "survivorId",
                first,
                "survivorVersion",
                firstJson.get("version"),
                "removedId",
                second,
                "removedVersion",
                ((BigDecimal) secondJson.get("version")).longValue() + 1,
                "fieldsFromRemoved",
                List.of("name")));
        assertThat(lead.post("/api/v1/duplicates/people/merge", merge).status()).isEqualTo(403);
        assertThat(lead.get("/api/v1/duplicates/people").status()).isEqualTo(403);
        Api.Response stale = Api.admin().post("/api/v1/duplicates/people/merge", merge);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        merge.put("removedVersion", secondJson.get("version"));
        Api.Response merged = Api.admin().post("/api/v1/duplicates/people/merge", merge);
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json())
                .containsEntry("name", "YUSUF PATEL " + RUN)
                .containsEntry("email", "yusuf." + RUN.toLowerCase() + "@example.org");

        Api.Response old = lead.get("/api/v1/people/" + second);
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).endsWith("/api/v1/people/" + first);
        List<Map<String, Object>> engagements =
                lead.get("/api/v1/organisations/" + centre + "/engagements").jsonList();
        assertThat(engagements).hasSize(2);
        assertThat(engagements)
                .extracting(e -> ((List<?>) e.get("personIds"))
                        .stream().map(n -> ((BigDecimal) n).longValue()).toList())
                .containsOnly(List.of(first));
        assertThat(lead.get("/api/v1/organisations/" + centre + "/contacts").jsonList())
                .extracting(c -> ((BigDecimal) c.get("personId")).longValue())
                .containsExactly(first);
        assertThat(pairsFound(first, second)).isEmpty();
    }

    private static long person(Api lead, long organisation, String name, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "role", "trustee", "lawfulBasis", "PUBLIC_TASK"));
        if (email != null) {
            body.put("email", email);
        }
        Api.Response added = lead.post("/api/v1/organisations/" + organisation + "/contacts", body);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return id(added.json(), "personId");
    }

    private static void visit(Api lead, long organisation, long person, String summary) {
        Api.Response visit = lead.post(
                "/api/v1/organisations/" + organisation + "/engagements",
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "type",
                        "VISIT",
                        "summary",
                        summary,
                        "personIds",
                        List.of(person)));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
    }

    /** The reasons given for the pair, reading the list a page at a time as a client would. */
    private static List<String> pairsFound(long firstId, long secondId) {
        List<String> reasons = new ArrayList<>();
        long total = 1;
        for (int first = 0; first < total; first += 200) {
            Api.Response page = Api.admin().get("/api/v1/duplicates/people?first=" + first + "&size=200");
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            total = ((BigDecimal) page.json().get("total")).longValue();
            for (Map<String, Object> pair : Json.objects(page.json().get("items"))) {
                if (id(pair, "firstId") == firstId && id(pair, "secondId") == secondId) {
                    reasons.add((String) pair.get("reason"));
                }
            }
        }
        return reasons;
    }

    private static long id(Map<String, Object> json) {
        return id(json, "id");
    }

    private static long id(Map<String, Object> json, String key) {
        return ((BigDecimal) json.get(key)).longValue();
    }
}
