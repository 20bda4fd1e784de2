package org.engagement.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The test class runs on a second thread beside the other classes (see junit-platform.properties), which saves the
 * suite most of its server start-ups' time. Only for a class that starts every server it uses and touches no other
 * test's server or data (a restart, a crash, an encrypted backup). Its test methods would run concurrently with
 * each other too: a class with several marks each {@code @Execution(ExecutionMode.SAME_THREAD)}, and they then run one
 * after another on the class's thread (in its {@code @TestMethodOrder}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
public @interface RunsBesideOtherTests {}
