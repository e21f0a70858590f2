package org.doorman.batch.linkedin;

import java.time.LocalDate;
import java.util.Optional;

/** One line of {@code Connections.csv}. The email is empty unless the connection allowed its download. */
public record Connection(
        String firstName,
        String lastName,
        String profileUrl,
        String email,
        String company,
        String position,
        Optional<LocalDate> connectedOn) {
    public Connection {
        firstName = Text.orEmpty(firstName);
        lastName = Text.orEmpty(lastName);
        profileUrl = Text.orEmpty(profileUrl);
        email = Text.orEmpty(email);
        company = Text.orEmpty(company);
        position = Text.orEmpty(position);
    }

    public Person person() {
        return new Person((firstName + " " + lastName).strip(), profileUrl);
    }
}
