package org.doorman.app.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app served on a random port, for tests that go through the pages as a {@link Browser} does: session
 * cookie, CSRF token from the page, redirects, the error page. Like {@link IntegrationTest}, concrete subclasses choose
 * the database ({@link Databases}); all tests with this annotation share one context per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMembers.class)
public @interface ServedIntegrationTest {}
