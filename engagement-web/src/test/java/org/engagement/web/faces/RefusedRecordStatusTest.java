package org.engagement.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

class RefusedRecordStatusTest {

    @Test
    void aServiceRefusalWrappedByFacesAndTheContainerGivesItsStatus() {
        Throwable hidden = new ServletException(
                "view action failed", new FacesException(new ELException(new NotFoundException("Person", 42L))));
        Throwable denied = new FacesException(new AccessDeniedException("Not your sector."));

        assertThat(RefusedRecordStatus.statusFor(hidden)).hasValue(404);
        assertThat(RefusedRecordStatus.statusFor(denied)).hasValue(403);
    }

    @Test
    void aFormForAViewThatIsGoneOrWithoutThePagesNonceIsABadRequest() {
        assertThat(RefusedRecordStatus.statusFor(
                        new ServletException(new ViewExpiredException("gone", "/organisations/list.xhtml"))))
                .hasValue(400);
        assertThat(RefusedRecordStatus.statusFor(new FacesException(new CspException("nonce"))))
                .hasValue(400);
    }

    @Test
    void anyOtherFailureKeepsTheContainersAnswer() {
        assertThat(RefusedRecordStatus.statusFor(new ServletException(new IllegalStateException("bug"))))
                .isEmpty();
    }
}
