package ru.agentiq.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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

    /**
     * One slice per feature package and one for the root package itself: {@code matching("ru.agentiq.core.(*)..")}
     * would leave the root's classes (the exception hierarchy) out of every slice, so a cycle through them went unseen.
     */
    static final SliceAssignment CORE_PACKAGES = new SliceAssignment() {
        private static final String ROOT = "ru.agentiq.core";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("(root)");
            }
            if (name.startsWith(ROOT + ".")) {
                return SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "ru.agentiq.core and each of its feature packages";
        }
    };

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .assignedFrom(CORE_PACKAGES)
            .should().beFreeOfCycles();

    /**
     * The root package holds what every feature may use (the exception hierarchy); it depends on no feature package,
     * so using it can never close a cycle.
     */
    static final ArchRule ROOT_DEPENDS_ON_NO_FEATURE = classes()
            .that().resideInAPackage("ru.agentiq.core")
            .should().onlyDependOnClassesThat().resideInAnyPackage("ru.agentiq.core", "java..")
            .because("every feature package depends on the root's exceptions");

    /** {@code internal} (argument checks) is used everywhere too, so it may use only the root and the JDK. */
    static final ArchRule INTERNAL_DEPENDS_ONLY_ON_THE_ROOT = classes()
            .that().resideInAPackage("ru.agentiq.core.internal..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("ru.agentiq.core", "ru.agentiq.core.internal..", "java..")
            .because("every feature package uses the internal argument checks");

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
    void theRootPackageDependsOnNoFeaturePackage() {
        ROOT_DEPENDS_ON_NO_FEATURE.check(CORE);
    }

    @Test
    void theInternalHelpersDependOnlyOnTheRoot() {
        INTERNAL_DEPENDS_ONLY_ON_THE_ROOT.check(CORE);
    }

    @Test
    void theRulesSeeACycleThroughTheRootPackage() {
        // A root-package class using a feature type closes root -> interaction -> internal -> root: the slices
        // must include the root for the cycle rule to report it, and the root rule must report the dependency.
        JavaClasses cycle = new ClassFileImporter().importClasses(ru.agentiq.core.RootCycleFixture.class,
                ru.agentiq.core.interaction.SellerId.class, ru.agentiq.core.internal.Checks.class,
                ru.agentiq.core.ValidationException.class, ru.agentiq.core.AgentIqException.class);

        EvaluationResult cycles = NO_PACKAGE_CYCLES.evaluate(cycle);
        EvaluationResult root = ROOT_DEPENDS_ON_NO_FEATURE.evaluate(cycle);

        assertThat(cycles.hasViolation()).isTrue();
        assertThat(String.join("\n", cycles.getFailureReport().getDetails())).contains("(root)")
                .contains("interaction");
        assertThat(slices().matching("ru.agentiq.core.(*)..").should().beFreeOfCycles().evaluate(cycle)
                .hasViolation()).as("the old slicing missed it").isFalse();
        assertThat(root.getFailureReport().getDetails()).anySatisfy(line ->
                assertThat(line).contains("RootCycleFixture").contains("SellerId"));
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
