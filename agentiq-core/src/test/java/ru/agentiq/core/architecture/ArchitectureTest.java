package ru.agentiq.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Keeps agentiq-core a framework-free domain: the rules of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.agentiq.core");

    /** Core may use the JDK, slf4j-api and jakarta.inject — nothing else (no Jackson, JDBC drivers, Spring). */
    static final ArchRule CORE_DEPENDS_ONLY_ON_JDK_SLF4J_AND_INJECT = classes()
            .that().resideInAPackage("ru.agentiq.core..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("ru.agentiq.core..", "java..", "javax.annotation..", "org.slf4j..",
                    "jakarta.inject..")
            .because("agentiq-core is the framework-free domain; adapters live in their own modules");

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("ru.agentiq.core.(*)..")
            .should().beFreeOfCycles();

    /** JDBC is part of the JDK but belongs in agentiq-jdbc. */
    static final ArchRule NO_JDBC_IN_CORE = classes()
            .that().resideInAPackage("ru.agentiq.core..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("java.sql..", "javax.sql..", "java.net.http..");

    @Test
    void coreDependsOnlyOnTheJdkSlf4jAndJakartaInject() {
        CORE_DEPENDS_ONLY_ON_JDK_SLF4J_AND_INJECT.check(CORE);
    }

    @Test
    void coreHasNoPackageCycles() {
        NO_PACKAGE_CYCLES.check(CORE);
    }

    @Test
    void coreDoesNoJdbcOrHttp() {
        NO_JDBC_IN_CORE.check(CORE);
    }

    @Test
    void theDependencyRuleRejectsAClassThatUsesAForbiddenLibrary() {
        // A core-package class that depends on JUnit stands in for one that imports Jackson or Spring: the rule
        // must report it, or a green run above would prove nothing.
        JavaClasses offender = new ClassFileImporter().importClasses(ForbiddenDependencyFixture.class);

        EvaluationResult result = CORE_DEPENDS_ONLY_ON_JDK_SLF4J_AND_INJECT.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line ->
                assertThat(line).contains("org.junit.jupiter.api.Assertions"));
    }
}
