package org.engagement.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.user.Role;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.OpenApi;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole access matrix against the running server: every endpoint the server's own {@code /openapi} lists and every
 * page in the menu, for every role and for nobody signed in. Who may call what is declared once, in the two tables
 * below, independently of the code under test; an endpoint or menu page without a row fails the test, so a new one
 * cannot ship without a decision. "Allowed" means the role gets past both walls' role checks (anything but 401/403 for
 * a call on a record that does not exist or with a body that does not parse); "refused" means 403; nobody signed in
 * gets 401 from the API and the sign-in page from the pages. Plain HTTP, one account per role, created once.
 */
@ExtendWith(RunningApplication.class)
class AccessMatrixIT {

    private static final String PASSWORD = "matrix test password";
    private static final Role A = Role.ADMIN;
    private static final Role F = Role.FAITH_LEAD;
    private static final Role I = Role.INDUSTRY_LEAD;
    private static final Role L = Role.LICENSING_OFFICER;
    private static final Role V = Role.VIEWER;
    private static final Role D = Role.DATA_PROTECTION_OFFICER;
    private static final Role C = Role.API_CLIENT;

    /** Anyone, signed in or not. */
    private static final Set<Role> PUBLIC = null;

    private static final Set<Role> EVERY_ACCOUNT = EnumSet.of(A, F, I, L, V, D, C);
    private static final Set<Role> PAGE_ACCOUNTS = EnumSet.of(A, F, I, L, V, D);
    private static final Set<Role> PAGE_USERS = EnumSet.of(A, F, I, L, V);
    private static final Set<Role> DATA_PROTECTION = EnumSet.of(D);
    private static final Set<Role> READERS = EnumSet.of(A, F, I, V);
    private static final Set<Role> LEADS = EnumSet.of(A, F, I);
    private static final Set<Role> ADMIN = EnumSet.of(A);
    private static final Set<Role> LICENSING = EnumSet.of(A, I, L);
    private static final Set<Role> LICENSING_AND_SYSTEMS = EnumSet.of(A, I, L, C);
    private static final Set<Role> LICENSING_OFFICERS = EnumSet.of(A, L);
    private static final Set<Role> INDUSTRY_EDITORS = EnumSet.of(A, I);
    private static final Set<Role> INDUSTRY_WATCHERS = EnumSet.of(A, I, L, V);

    /** THE API TABLE: every endpoint and method, and the roles that may call it. */
    private static final Map<String, Set<Role>> API = table(
            "GET /api/v1/ping", PUBLIC,
            "GET /api/v1/modules", PAGE_USERS,
            "GET /api/v1/organisation-types", PAGE_USERS,
            "GET /api/v1/users", ADMIN,
            "POST /api/v1/users", ADMIN,
            "GET /api/v1/users/{username}", ADMIN,
            "PUT /api/v1/users/{username}", ADMIN,
            "PUT /api/v1/users/{username}/password", ADMIN,
            "DELETE /api/v1/users/{username}/second-factor", ADMIN,
            "GET /api/v1/security-log", ADMIN,
            "GET /api/v1/reminders/email", ADMIN,
            "POST /api/v1/reminders/run", ADMIN,
            "POST /api/v1/account/password", EVERY_ACCOUNT,
            "GET /api/v1/organisations", PAGE_USERS,
            "POST /api/v1/organisations", LEADS,
            "GET /api/v1/organisations/{id}", PAGE_USERS,
            "PUT /api/v1/organisations/{id}", LEADS,
            "DELETE /api/v1/organisations/{id}", ADMIN,
            "GET /api/v1/duplicates/organisations", ADMIN,
            "POST /api/v1/duplicates/organisations/merge", ADMIN,
            "GET /api/v1/duplicates/people", ADMIN,
            "POST /api/v1/duplicates/people/merge", ADMIN,
            "GET /api/v1/organisations/{id}/history", PAGE_USERS,
            "GET /api/v1/organisations/{id}/contacts", PAGE_USERS,
            "POST /api/v1/organisations/{id}/contacts", LEADS,
            "PUT /api/v1/organisations/{id}/contacts/{contactId}", LEADS,
            "DELETE /api/v1/organisations/{id}/contacts/{contactId}", LEADS,
            "GET /api/v1/organisations/{id}/engagements", PAGE_USERS,
            "POST /api/v1/organisations/{id}/engagements", LEADS,
            "GET /api/v1/engagements/{id}", PAGE_USERS,
            "PUT /api/v1/engagements/{id}", LEADS,
            "DELETE /api/v1/engagements/{id}", LEADS,
            "POST /api/v1/engagements/{id}/follow-ups", LEADS,
            // Marking a follow-up done is also for its owner, whatever their role (the service checks which).
            "PUT /api/v1/engagements/{id}/follow-ups/{followUpId}", PAGE_USERS,
            "GET /api/v1/people/{id}", PAGE_USERS,
            "PUT /api/v1/people/{id}", LEADS,
            "POST /api/v1/people/{id}/consent-withdrawal", LEADS,
            "DELETE /api/v1/people/{id}", ADMIN,
            "GET /api/v1/people/{id}/history", READERS,
            "GET /api/v1/organisations/{id}/safeguarding", READERS,
            "PUT /api/v1/organisations/{id}/safeguarding", LEADS,
            "GET /api/v1/organisations/{id}/audits", READERS,
            "POST /api/v1/organisations/{id}/audits", LEADS,
            "GET /api/v1/organisations/{id}/audits/{auditId}", READERS,
            "PUT /api/v1/organisations/{id}/audits/{auditId}", LEADS,
            "POST /api/v1/organisations/{id}/audits/{auditId}/amendments", LEADS,
            "GET /api/v1/audit-templates", READERS,
            "GET /api/v1/audit-templates/{code}/versions/{number}", READERS,
            "GET /api/v1/reports/safeguarding", READERS,
            "GET /api/v1/courses", READERS,
            "POST /api/v1/courses", ADMIN,
            "PUT /api/v1/courses/{id}", ADMIN,
            "GET /api/v1/training/targets", READERS,
            "PUT /api/v1/training/targets", ADMIN,
            "GET /api/v1/training/sessions", READERS,
            "POST /api/v1/training/sessions", LEADS,
            "POST /api/v1/training/sessions/planned", LEADS,
            "GET /api/v1/training/sessions/{id}", READERS,
            "GET /api/v1/training/sessions/{id}/attendees", READERS,
            "POST /api/v1/training/sessions/{id}/attendees/import", LEADS,
            "GET /api/v1/people/{id}/training", READERS,
            "GET /api/v1/reports/training-by-quarter", READERS,
            "GET /api/v1/reports/training-expiring", READERS,
            "GET /api/v1/agreements", READERS,
            "POST /api/v1/agreements", LEADS,
            "GET /api/v1/agreements/{id}", READERS,
            "PUT /api/v1/agreements/{id}", LEADS,
            "POST /api/v1/agreements/{id}/transitions", LEADS,
            "GET /api/v1/agreements/{id}/documents", READERS,
            "POST /api/v1/agreements/{id}/documents", LEADS,
            "GET /api/v1/agreements/{id}/documents/{n}", LEADS,
            "GET /api/v1/reports/agreements", READERS,
            "GET /api/v1/plans", PAGE_USERS,
            "POST /api/v1/plans", LEADS,
            "GET /api/v1/plans/{id}", PAGE_USERS,
            "PUT /api/v1/plans/{id}", LEADS,
            "POST /api/v1/plans/{id}/actions", LEADS,
            "POST /api/v1/plans/{id}/import", LEADS,
            "POST /api/v1/imports/{kind}", LEADS,
            "GET /api/v1/imports/{kind}/fields", LEADS,
            "GET /api/v1/plans/{id}/export.csv", PAGE_USERS,
            "GET /api/v1/plans/{id}/board-report.pdf", READERS,
            "GET /api/v1/actions/{id}", PAGE_USERS,
            "PUT /api/v1/actions/{id}", LEADS,
            "PUT /api/v1/actions/{id}/status", LEADS,
            "PUT /api/v1/actions/{id}/measure", LEADS,
            "GET /api/v1/actions/{id}/progress", PAGE_USERS,
            "POST /api/v1/actions/{id}/progress", LEADS,
            "POST /api/v1/actions/{id}/carry-forward", LEADS,
            "GET /api/v1/actions/{id}/history", PAGE_USERS,
            "GET /api/v1/figures", PAGE_USERS,
            "GET /api/v1/scorecard", PAGE_USERS,
            "GET /api/v1/taxi/drivers", LICENSING,
            "GET /api/v1/taxi/drivers/{licenceNumber}", LICENSING,
            "GET /api/v1/taxi/drivers/{licenceNumber}/renewal-check", LICENSING_AND_SYSTEMS,
            "GET /api/v1/taxi/drivers/{licenceNumber}/evidence.pdf", LICENSING,
            "GET /api/v1/taxi/drivers/{licenceNumber}/checklist", LICENSING_OFFICERS,
            "PUT /api/v1/taxi/drivers/{licenceNumber}/checklist", LICENSING_OFFICERS,
            "POST /api/v1/taxi/drivers/import", INDUSTRY_EDITORS,
            "POST /api/v1/taxi/training/import", INDUSTRY_EDITORS,
            "GET /api/v1/taxi/renewal-rule", ADMIN,
            "PUT /api/v1/taxi/renewal-rule", ADMIN,
            "GET /api/v1/taxi/check-log", ADMIN,
            "GET /api/v1/taxi/bulk-check", LICENSING,
            "POST /api/v1/taxi/bulk-check", LICENSING,
            "GET /api/v1/taxi/coverage", LICENSING,
            "GET /api/v1/privacy/people", DATA_PROTECTION,
            "GET /api/v1/privacy/people/{id}/subject-access", DATA_PROTECTION,
            "GET /api/v1/privacy/people/{id}/subject-access.pdf", DATA_PROTECTION,
            "POST /api/v1/privacy/people/{id}/erasure", DATA_PROTECTION,
            "POST /api/v1/privacy/people/{id}/restriction", DATA_PROTECTION,
            "DELETE /api/v1/privacy/people/{id}/restriction", DATA_PROTECTION,
            "POST /api/v1/privacy/people/{id}/objection", DATA_PROTECTION,
            "GET /api/v1/privacy/access-log", DATA_PROTECTION,
            "GET /api/v1/privacy/access-log.csv", DATA_PROTECTION,
            "GET /api/v1/privacy/retention", DATA_PROTECTION,
            "PUT /api/v1/privacy/retention/{kind}", DATA_PROTECTION,
            "GET /api/v1/privacy/retention/due", DATA_PROTECTION,
            "GET /api/v1/privacy/retention/runs", DATA_PROTECTION,
            "GET /api/v1/privacy/record-of-processing", DATA_PROTECTION,
            "POST /api/v1/admin/backups", ADMIN,
            "GET /api/v1/privacy/log-integrity", DATA_PROTECTION);

    /** THE PAGE TABLE: every page in the menu, and the roles that may open it. */
    private static final Map<String, Set<Role>> PAGES = table(
            "/index.xhtml", PAGE_ACCOUNTS,
            "/account/reminders.xhtml", PAGE_ACCOUNTS,
            "/organisations/list.xhtml", PAGE_USERS,
            "/organisations/import.xhtml", LEADS,
            "/people/import.xhtml", LEADS,
            "/engagements/import.xhtml", LEADS,
            "/engagements/follow-ups.xhtml", PAGE_USERS,
            "/training/sessions.xhtml", READERS,
            "/training/report.xhtml", READERS,
            "/training/expiring.xhtml", READERS,
            "/training/courses.xhtml", READERS,
            "/safeguarding/overview.xhtml", READERS,
            "/agreements/list.xhtml", READERS,
            "/plan/plans.xhtml", PAGE_USERS,
            "/plan/scorecard.xhtml", PAGE_USERS,
            "/admin/users.xhtml", ADMIN,
            "/admin/security-log.xhtml", ADMIN,
            "/admin/duplicates.xhtml", ADMIN,
            "/admin/merge-people.xhtml", ADMIN,
            "/privacy/people.xhtml", DATA_PROTECTION,
            "/privacy/access-log.xhtml", DATA_PROTECTION,
            "/privacy/retention.xhtml", DATA_PROTECTION,
            "/privacy/record.xhtml", DATA_PROTECTION,
            "/privacy/log-integrity.xhtml", DATA_PROTECTION,
            "/faith/overview.xhtml", READERS,
            "/retail/coverage.xhtml", INDUSTRY_WATCHERS,
            "/housing/summary.xhtml", INDUSTRY_WATCHERS,
            "/taxi/drivers.xhtml", LICENSING,
            "/taxi/check.xhtml", LICENSING,
            "/taxi/bulk.xhtml", LICENSING,
            "/taxi/coverage.xhtml", LICENSING,
            "/taxi/import.xhtml", INDUSTRY_EDITORS,
            "/taxi/rule.xhtml", ADMIN,
            "/taxi/check-log.xhtml", ADMIN);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\";?#]*\\.xhtml)");
    private static final Map<Role, PageSession> SESSIONS = new EnumMap<>(Role.class);

    @BeforeAll
    static void oneAccountPerRole() {
        for (Role role : Role.values()) {
            Api.createUser(username(role), PASSWORD, role.name());
            PageSession session = PageSession.anonymous();
            boolean signedIn = session.signIn(username(role), PASSWORD);
            assertThat(signedIn).as(role + " signs in to the pages").isEqualTo(role.signsInToPages());
            SESSIONS.put(role, session);
        }
    }

    @Test
    void everyEndpointInOpenApiHasARowAndEachRoleGetsExactlyWhatItsRowSays() {
        Map<String, String> listed = OpenApi.operations();
        assertThat(listed.keySet())
                .as("endpoints in /openapi without a row in the table")
                .isSubsetOf(API.keySet());
        assertThat(API.keySet()).as("rows for endpoints /openapi does not list").isSubsetOf(listed.keySet());

        List<String> wrong = new ArrayList<>();
        listed.forEach((operation, contentType) -> {
            Set<Role> allowed = API.get(operation);
            int anonymous = call(operation, contentType, null);
            if (allowed == PUBLIC ? anonymous >= 400 : anonymous != 401) {
                wrong.add(operation + " anonymous -> " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = call(operation, contentType, role);
                boolean passed = status != 401 && status != 403;
                if (allowed != PUBLIC && (allowed.contains(role) ? !passed : status != 403)) {
                    wrong.add(operation + " " + role + " -> " + status);
                }
            }
        });
        assertThat(wrong).as("calls answered against the table").isEmpty();
    }

    @Test
    void everyMenuPageHasARowAndEachRoleOpensExactlyThePagesItsRowsSay() {
        Set<String> menu = new TreeSet<>();
        for (Role role : Role.values()) {
            if (role.signsInToPages()) {
                menu.addAll(menuOf(role));
            }
        }
        assertThat(menu)
                .as("menu pages without a row in the table")
                .isSubsetOf(PAGES.keySet())
                .contains("/admin/users.xhtml");

        List<String> wrong = new ArrayList<>();
        PAGES.forEach((page, allowed) -> {
            HttpResponse<String> anonymous = PageSession.anonymous().get(page);
            if (anonymous.statusCode() != 302
                    || !anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
                wrong.add(page + " anonymous -> " + anonymous.statusCode());
            }
            for (Role role : Role.values()) {
                if (role.signsInToPages()) {
                    int status = SESSIONS.get(role).get(page).statusCode();
                    if (allowed.contains(role) ? status != 200 : status != 403) {
                        wrong.add(page + " " + role + " -> " + status);
                    }
                }
            }
        });
        assertThat(wrong).as("pages answered against the table").isEmpty();
    }

    @Test
    void menuShowsEachRoleOnlyPagesItMayOpen() {
        for (Role role : Role.values()) {
            if (role.signsInToPages()) {
                for (String page : menuOf(role)) {
                    assertThat(PAGES.get(page))
                            .as(role + " sees " + page + " in the menu")
                            .contains(role);
                }
            }
        }
    }

    /**
     * The API is only ever authenticated the API way. Encoded and parameterised paths reach the API's servlet, but the
     * sign-in mechanism would take them for page visits (authenticated by the session cookie): they are refused. And
     * the session cookie alone never opens the API at its plain path either.
     */
    @Test
    void apiIsAuthenticatedOnlyByHttpBasicNeverByThePageSession() {
        PageSession viewer = SESSIONS.get(V);
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((username(V) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(viewer.get("/api/v1/organisations").statusCode())
                .as("session cookie, plain path")
                .isEqualTo(401);
        assertThat(viewer.get("/api/v1/organisations", "Authorization", basic).statusCode())
                .as("HTTP Basic, plain path")
                .isEqualTo(200);
        for (String disguised : List.of(
                "/%61pi/v1/organisations",
                "/api;x/v1/organisations",
                "/%61pi/v1/users",
                "/api;jsessionid=x/v1/organisations",
                "/./api/v1/organisations")) {
            HttpResponse<String> bySession = viewer.get(disguised);
            HttpResponse<String> byBasic = PageSession.anonymous().get(disguised, "Authorization", basic);
            assertThat(bySession.statusCode())
                    .as(disguised + " with the session")
                    .isNotEqualTo(200);
            assertThat(bySession.body())
                    .as(disguised + " with the session")
                    .doesNotContain("\"items\"", "\"username\"");
            assertThat(byBasic.statusCode()).as(disguised + " with HTTP Basic").isNotEqualTo(200);
        }
    }

    // The table's shape and the calls

    /** The pages linked from the main menu of the home page, as the role sees it. */
    private static Set<String> menuOf(Role role) {
        String home = SESSIONS.get(role).get("/index.xhtml").body();
        int start = home.indexOf("aria-label=\"Main menu\"");
        assertThat(start).as("the home page's main menu for " + role).isNotNegative();
        Matcher link = LINK.matcher(home.substring(start, home.indexOf("</nav>", start)));
        Set<String> pages = new TreeSet<>();
        while (link.find()) {
            pages.add(link.group(1));
        }
        return pages;
    }

    private static Map<String, Set<Role>> table(Object... rows) {
        Map<String, Set<Role>> table = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<Role> roles = (Set<Role>) rows[i + 1];
            if (table.containsKey((String) rows[i])) {
                throw new IllegalStateException("Two rows for " + rows[i]);
            }
            table.put((String) rows[i], roles);
        }
        return table;
    }

    private static String username(Role role) {
        return "matrix." + role.name().toLowerCase().replace('_', '.');
    }

    /**
     * Calls the operation on records that do not exist, with a body that does not parse, so an allowed call changes
     * nothing; returns the status.
     */
    private static int call(String operation, String contentType, Role role) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation
                .substring(operation.indexOf(' ') + 1)
                .replaceAll("\\{id}|\\{[a-zA-Z]+Id}", "999999")
                .replace("{number}", "999")
                .replace("{n}", "99")
                .replace("{username}", "nobody.here")
                .replace("{licenceNumber}", "NOSUCH999")
                .replace("{code}", "NO_SUCH_TEMPLATE")
                .replace("{kind}", "no-such-kind");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApplication.baseUrl() + path))
                .header("Accept", "application/json, */*;q=0.5");
        if (role != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (username(role) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null || method.equals("POST") || method.equals("PUT")) {
            String type = contentType == null ? "application/json" : contentType;
            String unparseable = type.contains("json") ? "{" : "";
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(unparseable));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request).statusCode();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
