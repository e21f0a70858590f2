package org.doorman.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape DESIGN.md and STYLE.md promise: a core without framework or I/O, a batch wing without Spring, an app cut
 * by capability.
 */
class ArchitectureTests {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.doorman");
    }

    @Test
    void theCoreDependsOnNoFrameworkNoSqlAndNoJakarta() {
        noClasses()
                .that()
                .resideInAPackage("org.doorman.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
                .because("the core decides and the app stores: the core is plain Java")
                .check(classes);
    }

    @Test
    void theBatchWingStartsNoSpringAndKnowsNothingOfTheApp() {
        noClasses()
                .that()
                .resideInAPackage("org.doorman.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.doorman.app..", "java.sql..", "jakarta..")
                .because("screen and eval are plain Java: they must not start Spring")
                .check(classes);
    }

    @Test
    void theCoreKnowsNothingOfTheBatchWing() {
        noClasses()
                .that()
                .resideInAPackage("org.doorman.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.doorman.batch..")
                .check(classes);
    }

    @Test
    void theCoreKnowsNothingOfTheApp() {
        noClasses()
                .that()
                .resideInAPackage("org.doorman.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.doorman.app..")
                .check(classes);
    }

    @Test
    void theAppIsCutByCapabilityNotByLayer() {
        noClasses()
                .should()
                .resideInAnyPackage(
                        "org.doorman.app.controller..",
                        "org.doorman.app.controllers..",
                        "org.doorman.app.service..",
                        "org.doorman.app.services..",
                        "org.doorman.app.repository..",
                        "org.doorman.app.repositories..",
                        "org.doorman.app.model..",
                        "org.doorman.app.entity..",
                        "org.doorman.app.dto..",
                        "org.doorman.app.util..")
                .because("packages are named for capabilities (members, requests, contacts), never for layers")
                .check(classes);
    }

    @Test
    void theCoreReadsJsonOnlyByStreaming() {
        noClasses()
                .that()
                .resideInAPackage("org.doorman.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("tools.jackson.databind..")
                .check(classes);
    }

    @Test
    void theBatchPackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.doorman.batch.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCorePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.doorman.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theAppCapabilitiesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.doorman.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRequestsCapabilityTalksToPortsNotToJdbcAdapters() {
        noClasses()
                .that()
                .resideInAPackage("org.doorman.app.requests")
                .and()
                .haveSimpleNameNotStartingWith("Jdbc")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Jdbc")
                .because("the lifecycle, the views and the pages read and write through Requests, Conversations, Tasks"
                        + " and AuditTrail, which have fakes")
                .check(classes);
    }

    @Test
    void otherCapabilitiesReachWebhooksOnlyThroughTheOutboxPortAndTheRegistry() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.doorman.app.webhooks..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.doorman.app.webhooks..")
                        .and(not(simpleName("Outbox")))
                        .and(not(simpleName("Webhooks")))
                        .and(not(simpleName("WebhookTarget"))))
                .because("requests emit events through the Outbox port; fan-out, signing and delivery stay inside")
                .check(classes);
    }

    @Test
    void newIdsComeFromTheOneGenerator() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.doorman.app.ids..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.f4b6a3..")
                .check(classes);
    }

    @Test
    void noClassOutsideTheOneGeneratorMakesAnIdFromAUuid() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.doorman.app.ids..")
                .should()
                .callMethodWhere(UUID_FACTORY)
                .because("Ids.next makes every new id, time-ordered and in one format; a random UUID beside it sorts"
                        + " out of turn in the audit trail")
                .check(classes);
    }

    private static final DescribedPredicate<JavaMethodCall> UUID_FACTORY = DescribedPredicate.describe(
            "a static method of java.util.UUID (randomUUID, nameUUIDFromBytes, fromString ...)",
            call -> call.getTargetOwner().isEquivalentTo(UUID.class)
                    && call.getTarget()
                            .resolveMember()
                            .map(method -> method.getModifiers().contains(JavaModifier.STATIC))
                            .orElse(true));
}
