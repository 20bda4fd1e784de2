package org.engagement.web.security;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.engagement.core.user.UserAccountChanged;

/**
 * Tells every instance of a cluster at once when an account's password, roles or enabled flag change, so that each
 * forgets what it remembered of the account ({@link CredentialCheck}) and the change holds on all of them within
 * moments rather than after {@link CredentialCheck#ACCOUNT_STATE_TTL}. It goes through a topic of the Hazelcast data
 * grid Payara Micro runs for its cluster (JNDI {@code payara/Hazelcast}). A single instance, or one started without
 * the data grid, has no topic and relies on the local event alone; a message lost on its way (an instance joining
 * or a network fault) is made good by the periodic re-read, which stays.
 */
@ApplicationScoped
public class ClusterAccountChanges {

    static final String TOPIC = "engagement.account-changes";
    private static final Logger LOG = Logger.getLogger(ClusterAccountChanges.class.getName());

    @Inject
    private CredentialCheck credentials;

    /** Null when this instance is not in a data grid. */
    private ITopic<String> topic;

    private UUID listener;

    void subscribe(@Observes @Initialized(ApplicationScoped.class) Object started) {
        dataGrid().ifPresent(grid -> {
            ITopic<String> changes = grid.getTopic(TOPIC);
            listener = changes.addMessageListener(message -> credentials.forget(message.getMessageObject()));
            topic = changes;
            LOG.info(() -> "Account changes are shared with the cluster "
                    + grid.getConfig().getClusterName() + " ("
                    + grid.getCluster().getMembers().size() + " members now)");
        });
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserAccountChanged changed) {
        if (topic != null) {
            topic.publish(changed.username());
        }
    }

    @PreDestroy
    void unsubscribe() {
        if (topic != null) {
            topic.removeMessageListener(listener);
        }
    }

    private static Optional<HazelcastInstance> dataGrid() {
        try {
            Object found = new InitialContext().lookup("payara/Hazelcast");
            if (found instanceof HazelcastInstance grid
                    && grid.getLifecycleService().isRunning()) {
                return Optional.of(grid);
            }
        } catch (NamingException | RuntimeException notClustered) {
            LOG.fine(() -> "No data grid: account changes stay local (" + notClustered + ")");
        }
        return Optional.empty();
    }
}
