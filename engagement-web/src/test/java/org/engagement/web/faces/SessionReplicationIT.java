package org.engagement.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.web.organisation.EditOrganisation;
import org.engagement.web.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What happens to a session when it moves to another instance of a cluster, done in the container: every view- or
 * session-scoped bean of the packaged application and its modules is written out with Java serialisation and read
 * back, and each injected service of the copy is there and answers (a CDI client proxy serialises as a reference to
 * its bean and reconnects on reading). {@link PassivatingBeansTest} holds the same rule on the classes at build time.
 */
@ExtendWith(ArquillianExtension.class)
class SessionReplicationIT {

    @Deployment
    static WebArchive application() {
        return TestDeployments.packagedApplication()
                .addClasses(SessionReplicationIT.class, ApplicationObjectInput.class);
    }

    @Inject
    private BeanManager beanManager;

    @Test
    void everyPassivatingBeanComesBackFromSerialisationWithItsServicesConnected() throws Exception {
        List<String> roundTripped = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!beanManager.isPassivatingScope(bean.getScope())
                    || !type.getName().startsWith("org.engagement.")) {
                continue;
            }
            Object original = injected(type);
            Object copy = roundTrip(original);
            for (Field field : injectedFields(type)) {
                Object service = field.get(copy);
                String name = type.getName() + "." + field.getName();
                assertNotNull(service, name + " after the move");
                if (!isViewBean(field)) { // another view's bean answers only inside a view
                    assertNotNull(service.toString(), "a call through " + name);
                }
            }
            roundTripped.add(type.getName());
        }
        assertTrue(roundTripped.size() > 40, "view-scoped beans of the application and its modules: " + roundTripped);
        assertTrue(roundTripped.contains(EditOrganisation.class.getName()), roundTripped::toString);
        assertTrue(roundTripped.contains("org.engagement.plugins.taxi.CheckDriver"), roundTripped::toString);
    }

    @Test
    void aHalfFilledOrganisationFormKeepsWhatWasTypedAndReachesItsServiceAfterTheMove() throws Exception {
        EditOrganisation form = injected(EditOrganisation.class);
        form.setName("Madina Mosque");
        form.setPostcode("BD3 9AB");
        form.setTown("Bradford");
        form.setStatus(OrganisationStatus.ENGAGED);

        EditOrganisation moved = roundTrip(form);

        assertNotSame(form, moved);
        assertEquals("Madina Mosque", moved.getName());
        assertEquals("BD3 9AB", moved.getPostcode());
        assertEquals("Bradford", moved.getTown());
        assertEquals(OrganisationStatus.ENGAGED, moved.getStatus());
        // Answered by the organisation service through the copy's injected proxy (a transient field would be null).
        assertEquals(form.getTypes(), moved.getTypes());
    }

    private boolean isViewBean(Field field) {
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(field.getGenericType(), qualifiers(field)));
        return bean != null && beanManager.isPassivatingScope(bean.getScope());
    }

    private Annotation[] qualifiers(Field field) {
        return Arrays.stream(field.getAnnotations())
                .filter(a -> beanManager.isQualifier(a.annotationType()))
                .toArray(Annotation[]::new);
    }

    /** An instance as the container makes it (fields injected), without its view's lifecycle. */
    private <T> T injected(Class<T> type) {
        return new Unmanaged<>(beanManager, type)
                .newInstance()
                .produce()
                .inject()
                .get();
    }

    private static List<Field> injectedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T bean) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bean);
        }
        try (ObjectInputStream in = new ApplicationObjectInput(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /** Reads classes through the application's class loader, as the web container does for a session it loads. */
    static final class ApplicationObjectInput extends ObjectInputStream {

        ApplicationObjectInput(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(
                        description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
