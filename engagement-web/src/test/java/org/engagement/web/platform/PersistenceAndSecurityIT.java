package org.engagement.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import org.engagement.core.user.Role;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserRepository;
import org.engagement.web.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged application deployed to a managed Payara Micro by Arquillian: JPA on embedded Derby
 * inside the container, and the REST API's security seen from a client.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceAndSecurityIT {

    @Deployment
    static WebArchive application() {
        return TestDeployments.packagedApplication().addClass(PersistenceAndSecurityIT.class);
    }

    @Inject
    private UserRepository users;

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Inject
    private DatabaseMigration migration;

    @Test
    void schemaIsMigratedAtStartUp() {
        assertTrue(migration.isMigrated());
        assertEquals(
                1L,
                em.createNativeQuery("select count(*) from databasechangelog where id = 'core-001-users'")
                                        .getSingleResult()
                                instanceof Number n
                        ? n.longValue()
                        : -1L);
    }

    @Test
    void accountIsPersistedAndLoadedThroughJpaOnDerby() throws Exception {
        String username = "persisted-" + System.nanoTime();
        transaction.begin();
        users.add(new UserAccount(
                username, "Persisted Person", EnumSet.of(Role.VIEWER), "PBKDF2WithHmacSHA256:1:x:y", "test"));
        transaction.commit();
        em.clear();

        UserAccount loaded = users.findByUsername(username).orElseThrow();
        assertNotEquals(null, loaded.getId());
        assertEquals("Persisted Person", loaded.getDisplayName());
        assertEquals(EnumSet.of(Role.VIEWER), loaded.getRoles());
    }

    @Test
    @RunAsClient
    void apiRefusesAnonymousCallersAndAcceptsTheAdministrator(@ArquillianResource URL base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI users = base.toURI().resolve("api/v1/users");

        HttpResponse<String> anonymous =
                http.send(HttpRequest.newBuilder(users).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());

        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(users)
                        .header("Authorization", basic("admin", "nope"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());

        HttpResponse<String> ping = http.send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ping.statusCode());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
