package org.doorman.app.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app with MockMvc and the {@code test} profile ({@code application-test.properties}). Put it on the
 * abstract {@code FooIntegrationTests}; each concrete subclass names its database, see {@link Databases}. Keep every
 * other setting in {@code application-test.properties}, so that all test classes share one context per database.
 * {@link TestMembers} is a bean: autowire it to create members.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestMembers.class)
public @interface IntegrationTest {}
