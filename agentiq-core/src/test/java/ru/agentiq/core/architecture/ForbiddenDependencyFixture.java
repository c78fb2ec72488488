package ru.agentiq.core.architecture;

import org.junit.jupiter.api.Assertions;

/** Deliberately breaks the core dependency rule; only {@link ArchitectureTest} imports it. */
final class ForbiddenDependencyFixture {
    private ForbiddenDependencyFixture() {
    }

    static void use() {
        Assertions.fail("never called");
    }
}
