package org.engagement.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Arquillian deployments built from the packaged WAR, so in-container tests run what production runs. */
public final class TestDeployments {

    private TestDeployments() {}

    /**
     * The packaged application, with Arquillian's test-runner servlet let through the security constraint
     * that otherwise sends every unauthenticated request to the login page.
     */
    public static WebArchive packagedApplication() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "engagement.war")
                .importFrom(new File(System.getProperty("engagement.war", "target/engagement.war")))
                .as(WebArchive.class);
        String webXml = read(war, "WEB-INF/web.xml")
                .replace(
                        "<url-pattern>/login.xhtml</url-pattern>",
                        "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                                + "<url-pattern>/ArquillianServletRunner</url-pattern>");
        return war.setWebXML(new StringAsset(webXml)).addClass(TestDeployments.class);
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
