package org.doorman.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.util.List;
import org.doorman.app.members.Profile;
import org.junit.jupiter.api.Test;

class ApiProblemsTests {

    @Test
    void aRecordRefusedPastTheControllerIsA400NamingTheFieldLikeOneRefusedAtIt() {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        var profile = new Profile("Rita", "fr", null, null, List.of("Steuern", " "), null, null, null, null, null);

        var problem =
                new ApiProblems().constraintViolation(new ConstraintViolationException(validator.validate(profile)));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail())
                .isEqualTo("language 'fr' is not supported: use 'de' or 'en'; offers[1] is an empty entry.");
    }
}
