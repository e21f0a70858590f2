package org.doorman.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class OperatorSettingsTests {

    @Test
    void theAdminTokenComesFromTheEnvironmentVariableTheReadmeNames() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("DOORMAN_ADMIN_TOKEN", "operator-secret")));

        var settings =
                Binder.get(environment).bind("doorman", OperatorSettings.class).get();

        assertThat(settings.operatorEnabled()).isTrue();
        assertThat(settings.isAdminToken("operator-secret")).isTrue();
        assertThat(settings.isAdminToken("operator-secret2")).isFalse();
    }

    @Test
    void withoutATokenNobodyIsOperator() {
        var settings = new OperatorSettings(" ", java.util.List.of());

        assertThat(settings.operatorEnabled()).isFalse();
        assertThat(settings.isAdminToken(" ")).isFalse();
    }
}
