package org.doorman.app.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.ProfileVisits;
import org.doorman.app.requests.RequestDesk;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo}: fills an empty database with a demo network once the server runs, then prints the address and
 * a demo login. A database that has members already is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("doorman.demo")
class DemoNetwork implements ApplicationRunner {

    private final MemberRegistration registration;
    private final DemoHistory history;
    private final DemoStories stories;
    private final RequestDesk requests;
    private final ProfileVisits visits;
    private final ApplicationContext context;
    private final Clock clock;

    DemoNetwork(
            MemberRegistration registration,
            DemoHistory history,
            DemoStories stories,
            RequestDesk requests,
            ProfileVisits visits,
            ApplicationContext context,
            Clock clock) {
        this.registration = registration;
        this.history = history;
        this.stories = stories;
        this.requests = requests;
        this.visits = visits;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        run(System.out);
    }

    /** Fills an empty database with the demo network, and tells {@code out} where to sign in. */
    void run(PrintStream out) {
        if (registration.noMembersYet()) {
            var ids = fill();
            out.println("Doorman demo: created a demo network of " + ids.size()
                    + " members with events, meetings, contacts, tasks and some weeks of screened requests.");
        } else {
            out.println("Doorman demo: the database has members already, so no demo network was added.");
        }
        out.println("Doorman is running at " + address());
        out.println("Demo login: handle " + DemoPeople.GERMAN_LOGIN + ", password " + DemoPeople.PASSWORD
                + " (German); or handle " + DemoPeople.ENGLISH_LOGIN + ", same password (English).");
    }

    /** Creates the network; visible for tests. */
    Map<String, String> fill() {
        var ids = new LinkedHashMap<String, String>();
        for (NewMember member : DemoPeople.all()) {
            ids.put(member.handle(), registration.register(member).id());
        }
        history.write(ids, clock.instant());
        for (var request : DemoRequests.all()) {
            String from = ids.get(request.from());
            String to = ids.get(request.to());
            if (request.readProfileFirst()) {
                visits.record(new MemberId(from), new MemberId(to));
            }
            requests.send(new MemberId(from), new MemberId(to), request.message());
        }
        stories.tell(ids, clock.instant());
        // Eva met Olivia once since Olivia asked; Eva's policy wants two meetings
        history.meetOnce(ids.get("eva"), ids.get("olivia"), clock.instant());
        return ids;
    }

    private String address() {
        Environment environment = context.getEnvironment();
        String host = environment.getProperty("server.address", "localhost");
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort()
                : environment.getProperty("server.port", Integer.class, 8080);
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return "http://" + host + ":" + port + contextPath + "/";
    }
}
