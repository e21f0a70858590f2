package org.doorman.bench.load;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorman.core.network.SampleNames;

/** The members of one run, made through {@code POST /api/v1/members} with the operator's token. */
final class Members {

    /** One member: the id and the token the API answered, and the name the messages use. */
    record Member(String id, String token, String name) {}

    private static final List<String> TERMS = List.of(
            "java",
            "postgresql",
            "recruiting",
            "data engineering",
            "payments",
            "cloud",
            "datenschutz",
            "softwarearchitektur",
            "vertrieb",
            "machine learning");

    private Members() {}

    static List<Member> create(Api api, String adminToken, int count, int parallel, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Member>> made = new java.util.ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                made.add(pool.submit(() -> create(api, adminToken, index, prefix)));
            }
            List<Member> members = new java.util.ArrayList<>(count);
            for (var future : made) {
                members.add(future.get());
            }
            return members;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Member create(Api api, String adminToken, int index, String prefix) throws Exception {
        String name = SampleNames.of(index);
        String language = index % 2 == 0 ? "de" : "en";
        String json = "{\"handle\":" + Api.quote(prefix + "-" + index)
                + ",\"name\":" + Api.quote(name)
                + ",\"language\":\"" + language + "\""
                + ",\"headline\":" + Api.quote(language.equals("de") ? "Softwareentwicklerin" : "Engineering lead")
                + ",\"about\":" + Api.quote("Member " + index + " of a load test.")
                + ",\"offers\":[" + Api.quote(TERMS.get(index % TERMS.size())) + "]"
                + ",\"seeks\":[" + Api.quote(TERMS.get((index + 3) % TERMS.size())) + "]"
                + ",\"interests\":[" + Api.quote(TERMS.get((index + 5) % TERMS.size())) + "]"
                + ",\"groups\":[" + Api.quote(index % 3 == 0 ? "Softwarearchitektur" : "Data Engineering Berlin")
                + "],\"company\":" + Api.quote("Firma " + (index % 50)) + "}";
        var answer = api.post("/api/v1/members", adminToken, json);
        if (answer.status() != 201) {
            throw new IllegalStateException(
                    "creating member " + index + " answered " + answer.status() + ": " + answer.body());
        }
        return new Member(answer.field("id"), answer.field("token"), name);
    }
}
