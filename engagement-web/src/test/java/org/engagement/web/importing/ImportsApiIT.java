package org.engagement.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing through the API, as a client system sends a partnership's spreadsheet: a dry run names every problem by
 * row and column and saves nothing, an import of a file with problems is refused whole with them, a clean file is
 * imported, the same file again is skipped as already recorded, and people then come in with their roles.
 */
@ExtendWith(RunningApplication.class)
class ImportsApiIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final String PASSWORD = "api import lead passphrase";

    @Test
    void aLeadChecksThenImportsOrganisationsAndPeopleThroughTheApiAndAViewerMayNot() {
        String lead = "api.import." + RUN.toLowerCase();
        Api.createUser(lead, PASSWORD, "FAITH_LEAD");
        Api.createUser(lead + ".viewer", PASSWORD, "VIEWER");
        Api api = Api.as(lead, PASSWORD);
        String hall = "Api Hall " + RUN;
        byte[] bad = csv("Setting,Kind,Post code\n" + hall + ",Community group,DN7 7AB\n" + "Bad Row " + RUN
                + ",Chip shop,DN7 7AC\n");
        byte[] good = csv("Setting,Kind,Post code\n" + hall + ",Community group,DN7 7AB\n");
        String columns = "&column=name:Setting&column=type:Kind&column=postcode:Post%20code";

        Api.Response check = api.post("/api/v1/imports/organisations?dryRun=true" + columns, "text/csv", bad);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.json()).containsEntry("rows", new BigDecimal(2)).containsEntry("newRows", new BigDecimal(1));
        assertThat(check.body())
                .contains("\"line\":3")
                .contains("\"column\":\"Kind\"")
                .contains("'Chip shop'");

        Api.Response refused = api.post("/api/v1/imports/organisations" + "?x=1" + columns, "text/csv", bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("nothing was imported").contains("\"field\":\"Kind\"");
        assertThat(organisationsNamed(hall)).as("all or nothing").isZero();

        Api.Response imported = api.post("/api/v1/imports/organisations?x=1" + columns, "text/csv", good);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json()).containsEntry("created", new BigDecimal(1));
        Api.Response again = api.post("/api/v1/imports/organisations?duplicates=skip" + columns, "text/csv", good);
        assertThat(again.json()).containsEntry("created", BigDecimal.ZERO).containsEntry("skipped", BigDecimal.ONE);
        assertThat(organisationsNamed(hall)).isEqualTo(1);

        byte[] people = csv("Name,Organisation,Organisation postcode,Role,Lawful basis\n" + "Api Person " + RUN + ","
                + hall + ",DN7 7AB,Trustee,Public task\n");
        Api.Response person = api.post("/api/v1/imports/people", "text/csv", people);
        assertThat(person.status()).as(person.toString()).isEqualTo(200);
        assertThat(person.json()).containsEntry("created", BigDecimal.ONE);
        List<Map<String, Object>> fields =
                api.get("/api/v1/imports/people/fields").jsonList();
        assertThat(fields).extracting(f -> f.get("key")).contains("name", "organisation", "role", "lawfulBasis");

        Api.Response viewer =
                Api.as(lead + ".viewer", PASSWORD).post("/api/v1/imports/people?dryRun=true", "text/csv", people);
        assertThat(viewer.status()).isEqualTo(403);
    }

    private static long organisationsNamed(String name) {
        Api.Response page = Api.admin().get("/api/v1/organisations?q=" + name.replace(" ", "%20") + "&size=1");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return ((BigDecimal) page.json().get("total")).longValue();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
