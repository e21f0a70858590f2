package org.doorman.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Change(
            @NotBlank(message = "is missing") @LanguageCode String language) {}

    record Changes(
            @Size(max = 2, message = "has at most 2 changes")
            List<@Valid Change> changes) {}

    record Member(@Handle String handle, List<@NotBlank(message = "is an empty entry") String> offers) {}

    @Test
    void aFieldInAListOfRecordsIsNamedWithItsIndexAsTheCallerWroteIt() {
        var changes = new Changes(List.of(new Change("de"), new Change("fr"), new Change(" ")));

        assertThat(Violations.detail(validator.validate(changes)))
                .isEqualTo("changes has at most 2 changes; changes[1].language 'fr' is not supported: use 'de' or 'en';"
                        + " changes[2].language is missing.");
    }

    @Test
    void anEntryOfAListIsNamedWithItsIndex() {
        var member = new Member("rita", List.of("Steuern", ""));

        assertThat(Violations.detail(validator.validate(member))).isEqualTo("offers[1] is an empty entry.");
    }

    @Test
    void aHandleCountsWithoutCaseAndSurroundingSpacesAndIsRefusedWithTheRule() {
        assertThat(validator.validate(new Member(" Rita.Record ", List.of()))).isEmpty();

        assertThat(Violations.detail(validator.validate(new Member("-rita", List.of()))))
                .isEqualTo("handle '-rita' is not valid: use 2 to 64 letters, digits, '.', '_' or '-', starting with a"
                        + " letter or digit.");
    }

    @Test
    void aLongValueInTheWordsIsCutSoThatTheDetailStaysReadable() {
        String detail = Violations.detail(validator.validate(new Member("-" + "r".repeat(5000), List.of())));

        assertThat(detail).hasSizeLessThan(250).contains("…");
    }
}
