package org.doorman.app.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorman.app.members.MemberCredentials;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creates members for tests, each with a handle no other test uses (tests share a database). Usage:
 * {@code var eva = members.create("Eva Schulz", "de");} (autowired in an {@link IntegrationTest}, or {@code new
 * TestMembers(registration)}) then
 * {@code mvc.perform(get(...).header(AUTHORIZATION, TestMembers.bearer(eva.token())))}.
 */
public final class TestMembers {

    /** The operator's token in {@code application-test.properties}. */
    public static final String ADMIN_TOKEN = "test-admin-token";

    public static final String PASSWORD = "correct horse battery";

    /** The handle {@code doorman.operator-handles} names in {@code application-test.properties}. */
    public static final String OPERATOR_HANDLE = "test-operator";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final MemberRegistration registration;

    public TestMembers(MemberRegistration registration) {
        this.registration = registration;
    }

    /** A member with a unique handle derived from the name, the password {@link #PASSWORD} and no profile. */
    public Registered create(String name, String language) {
        return create(new NewMember(
                uniqueHandle(name),
                new Profile(name, language, null, null, null, null, null, null, null, null),
                PASSWORD));
    }

    /** A member with a profile; the handle is made unique. */
    public Registered create(String name, String language, String headline, List<String> offers, List<String> seeks) {
        return create(new NewMember(
                uniqueHandle(name),
                new Profile(name, language, headline, null, offers, seeks, null, null, null, null),
                PASSWORD));
    }

    /**
     * Dana Berg, a tax adviser for freelancers in the BNI Chapter Alster: a recipient whose offers a concrete need can
     * refer to. The password is {@link #PASSWORD}.
     */
    public Registered createTaxAdviser() {
        return create(new NewMember(
                uniqueHandle("Dana Berg"),
                new Profile(
                        "Dana Berg",
                        "de",
                        "Steuerberaterin für Freiberufler",
                        "Ich berate Freiberufler und kleine Agenturen in Hamburg zu Steuern und Buchhaltung.",
                        List.of("Steuerberatung für Freiberufler", "Buchhaltung", "Existenzgründungsberatung"),
                        List.of(),
                        List.of(),
                        List.of("BNI Chapter Alster"),
                        null,
                        null),
                PASSWORD));
    }

    /**
     * The handle of the operator's account, which tests share (it is named in the settings): made by the first test
     * that asks on this database, with the password {@link #PASSWORD}.
     */
    public String operator(MemberCredentials credentials) {
        if (credentials.byPassword(OPERATOR_HANDLE, PASSWORD).isEmpty()) {
            create(new NewMember(
                    OPERATOR_HANDLE,
                    new Profile("Olga Operator", "en", null, null, null, null, null, null, null, null),
                    PASSWORD));
        }
        return OPERATOR_HANDLE;
    }

    public Registered create(NewMember member) {
        return registration.register(member);
    }

    public static String uniqueHandle(String name) {
        String base = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (base.isEmpty() ? "member" : base) + "-"
                + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The web session of the member with {@code handle} and the password {@link #PASSWORD}, signed in by the form. */
    public static MockHttpSession signIn(MockMvc mvc, String handle) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("handle", handle)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
    }
}
