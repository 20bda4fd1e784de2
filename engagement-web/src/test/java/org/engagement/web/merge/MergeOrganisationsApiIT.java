package org.engagement.web.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mosque recorded twice, found on the possible-duplicates list and merged through the API by an administrator: the
 * engagements of both end on the survivor, the old id answers 301 to the survivor, a stale version is refused with 409
 * and a lead may not merge at all.
 */
@ExtendWith(RunningApplication.class)
class MergeOrganisationsApiIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void anAdministratorMergesAMosqueRecordedTwiceAndNothingIsLost() {
        Api lead = Api.createUser("merge.lead." + RUN.toLowerCase(), "faith lead passphrase", "FAITH_LEAD");
        Map<String, Object> first = mosqueWithVisit(lead, "Merge Mosque " + RUN, "DN4 1AA");
        Map<String, Object> second = mosqueWithVisit(lead, "merge  mosque " + RUN, "DN4 2BB");
        long firstId = id(first);
        long secondId = id(second);

        assertThat(pairsFound(firstId, secondId)).containsExactly("Same name in the same postcode district");

        Map<String, Object> merge = Map.of(
                "survivorId",
                firstId,
                "survivorVersion",
                first.get("version"),
                "removedId",
                secondId,
                "removedVersion",
                ((BigDecimal) second.get("version")).longValue() + 1,
                "fieldsFromRemoved",
                List.of("postcode"));
        assertThat(lead.post("/api/v1/duplicates/organisations/merge", merge).status())
                .isEqualTo(403);
        Api.Response stale = Api.admin().post("/api/v1/duplicates/organisations/merge", merge);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        Map<String, Object> current = new java.util.HashMap<>(merge);
        current.put("removedVersion", second.get("version"));
        Api.Response merged = Api.admin().post("/api/v1/duplicates/organisations/merge", current);
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json()).containsEntry("postcode", "DN4 2BB").containsEntry("name", "Merge Mosque " + RUN);

        Api.Response old = lead.get("/api/v1/organisations/" + secondId);
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).endsWith("/api/v1/organisations/" + firstId);
        assertThat(lead.get("/api/v1/organisations/" + firstId + "/engagements").jsonList())
                .extracting(e -> e.get("summary"))
                .containsExactlyInAnyOrder("Visited Merge Mosque " + RUN, "Visited merge  mosque " + RUN);
        assertThat(pairsFound(firstId, secondId)).isEmpty();
    }

    private static Map<String, Object> mosqueWithVisit(Api lead, String name, String postcode) {
        Api.Response mosque = lead.post(
                "/api/v1/organisations", Map.of("name", name, "type", "COMMUNITY_GROUP", "postcode", postcode));
        assertThat(mosque.status()).as(mosque.toString()).isEqualTo(201);
        Api.Response visit = lead.post(
                "/api/v1/organisations/" + id(mosque.json()) + "/engagements",
                Map.of("date", LocalDate.now().toString(), "type", "VISIT", "summary", "Visited " + name));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        return lead.get("/api/v1/organisations/" + id(mosque.json())).json();
    }

    /** The reasons given for the pair, reading the list a page at a time as a client would. */
    private static List<String> pairsFound(long firstId, long secondId) {
        List<String> reasons = new ArrayList<>();
        long total = 1;
        for (int first = 0; first < total; first += 200) {
            Api.Response page = Api.admin().get("/api/v1/duplicates/organisations?first=" + first + "&size=200");
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
