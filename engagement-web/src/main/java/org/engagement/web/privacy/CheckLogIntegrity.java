package org.engagement.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.engagement.core.integrity.ChainCheck;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.integrity.LogIntegrity;

/** The data protection officer's check that the change history and the access log are as they were written. */
@Named
@RequestScoped
public class CheckLogIntegrity {

    @Inject
    private LogIntegrity integrity;

    private List<ChainCheck> checks;

    /** Walks both chains (each page view checks them afresh). */
    public List<ChainCheck> getChecks() {
        if (checks == null) {
            checks = integrity.check();
        }
        return checks;
    }

    public String label(ChainCheck check) {
        return HashChain.CHANGE_LOG.equals(check.chain()) ? "Change history" : "Access log";
    }
}
