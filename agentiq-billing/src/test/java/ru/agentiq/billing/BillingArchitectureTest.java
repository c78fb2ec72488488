package ru.agentiq.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.AgentIqException;

/** The module rules of DESIGN.md for {@code agentiq-billing}. */
class BillingArchitectureTest {

    private static final JavaClasses BILLING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.agentiq.billing", "ru.agentiq.core");

    @Test
    void dependsOnlyOnTheJdkAndCoresPublicApi() {
        classes().that().resideInAPackage("ru.agentiq.billing..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "ru.agentiq.billing..", "ru.agentiq.core", "ru.agentiq.core.interaction",
                        "ru.agentiq.core.draft")
                .because("billing depends on core's ports and values and the JDK only (DESIGN.md)")
                .check(BILLING);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("ru.agentiq.billing.(*)..").should().beFreeOfCycles().check(BILLING);
    }

    @Test
    void featurePackagesDoNotKnowTheInMemoryAdapters() {
        noClasses().that().resideInAPackage("ru.agentiq.billing..")
                .and().resideOutsideOfPackage("ru.agentiq.billing.memory..")
                .should().dependOnClassesThat().resideInAPackage("ru.agentiq.billing.memory..")
                .check(BILLING);
    }

    @Test
    void everyExceptionIsAnAgentIqException() {
        classes().that().resideInAPackage("ru.agentiq.billing..").and().haveSimpleNameEndingWith("Exception")
                .should().beAssignableTo(AgentIqException.class)
                .check(BILLING);
    }
}
