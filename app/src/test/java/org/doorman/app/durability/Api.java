package org.doorman.app.durability;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API of a {@link DoormanProcess}, as a client program calls it. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer; status -1 when the call got no answer at all (connection refused or cut). */
    record Answer(int status, String body, Optional<String> retryAfter, Optional<String> contentType) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String text(String field) {
            return json().get(field).asString();
        }
    }

    private final DoormanProcess doorman;

    Api(DoormanProcess doorman) {
        this.doorman = doorman;
    }

    Answer post(String path, String token, Object body) {
        return call(HttpRequest.newBuilder(doorman.uri("/api/v1" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer get(String path, String token) {
        return call(HttpRequest.newBuilder(doorman.uri("/api/v1" + path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    static Answer call(HttpRequest.Builder request) {
        try {
            var response = DoormanProcess.HTTP.send(
                    request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After"),
                    response.headers().firstValue("Content-Type"));
        } catch (IOException e) {
            return new Answer(-1, e.toString(), Optional.empty(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted", Optional.empty(), Optional.empty());
        }
    }
}
