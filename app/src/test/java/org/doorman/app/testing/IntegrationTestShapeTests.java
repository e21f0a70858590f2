package org.doorman.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Nested test classes take their Spring configuration from the class they are written in, not from the subclass
 * that chose the database: inside an abstract {@code FooIntegrationTests} they would run against the default
 * database file, on neither a fresh SQLite file nor PostgreSQL.
 */
class IntegrationTestShapeTests {

    @Test
    void integrationTestsThatChooseTheirDatabaseBySubclassHaveNoNestedClasses() {
        var tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.doorman.app");

        var nestedInIntegrationTests = StreamSupport.stream(tests.spliterator(), false)
                .filter(type -> type.isAnnotatedWith(Nested.class))
                .filter(type -> type.getEnclosingClass()
                        .filter(outer -> outer.isMetaAnnotatedWith(IntegrationTest.class)
                                || outer.isMetaAnnotatedWith(ServedIntegrationTest.class))
                        .isPresent())
                .map(JavaClass::getName)
                .toList();

        assertThat(nestedInIntegrationTests).isEmpty();
    }
}
