package org.doorman.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The web app speaks German and English everywhere: both bundles have the same keys, none of them empty. */
class MessageBundlesTests {

    @Test
    void theGermanAndTheEnglishBundleHaveTheSameKeys() throws IOException {
        var english = load("messages.properties");
        var german = load("messages_de.properties");

        assertThat(keys(german)).as("keys only in English").containsAll(keys(english));
        assertThat(keys(english)).as("keys only in German").containsAll(keys(german));
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (var bundle : Set.of("messages.properties", "messages_de.properties")) {
            var messages = load(bundle);
            assertThat(keys(messages))
                    .as(bundle)
                    .allSatisfy(
                            key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
