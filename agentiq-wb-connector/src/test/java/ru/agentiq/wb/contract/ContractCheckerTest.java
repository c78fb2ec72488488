package ru.agentiq.wb.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.wb.Fixtures;

class ContractCheckerTest {

    private static final ContractChecker CHECKER = ContractChecker.bundled();

    private static Operation op(String file) {
        return Operation.forFile(file).orElseThrow();
    }

    @Test
    void everyOfficialFixturePassesTheBundledContracts() {
        ContractReport report = CHECKER.checkDirectory(Fixtures.directory());

        report.findings().forEach(f -> System.out.println(f.line()));
        assertThat(report.violations()).isEmpty();
        assertThat(report.checked()).isGreaterThanOrEqualTo(40);
    }

    @Nested
    class Violations {

        @Test
        void reportsAFeedbackWithoutItsIdAsAMissingRequiredField() {
            String page = Fixtures.text("feedbacks_list.json").replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\",", "");

            List<ContractFinding> findings = CHECKER.check("page.json", op("feedbacks_list.json"),
                    page.getBytes(StandardCharsets.UTF_8));

            assertThat(findings).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.MISSING_REQUIRED);
                assertThat(f.message()).contains("id");
            });
        }

        @Test
        void reportsARatingSentAsTextAsATypeChange() {
            String page = Fixtures.text("feedbacks_list.json")
                    .replaceFirst("\"productValuation\"\\s*:\\s*(\\d)", "\"productValuation\": \"$1\"");

            List<ContractFinding> findings = CHECKER.check("page.json", op("feedbacks_list.json"),
                    page.getBytes(StandardCharsets.UTF_8));

            assertThat(findings).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.TYPE_CHANGE);
                assertThat(f.location()).contains("productValuation");
            });
        }

        @Test
        void notesAnUndocumentedFieldWithoutFailing() {
            String page = Fixtures.text("chats_list_assembled.json")
                    .replaceFirst("\"chatID\"", "\"mood\": \"calm\", \"chatID\"");

            List<ContractFinding> findings = CHECKER.check("chats.json", op("chats_list_assembled.json"),
                    page.getBytes(StandardCharsets.UTF_8));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.NEW_FIELD);
                assertThat(f.kind().violation()).isFalse();
                assertThat(f.message()).contains("mood");
            });
        }

        @Test
        void reportsTheRemovedClientIdOfTheOldChatShapeAsANewField() {
            List<ContractFinding> findings = CHECKER.check("old.json", op("chats_list_docs_sample_pre2026.json"),
                    Fixtures.bytes("chats_list_docs_sample_pre2026.json"));

            assertThat(findings).extracting(ContractFinding::kind).containsOnly(FindingKind.NEW_FIELD);
            assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("clientID"));
        }

        @Test
        void reportsATruncatedBodyAsNotJson() {
            byte[] truncated = java.util.Arrays.copyOf(Fixtures.bytes("questions_list.json"), 100);

            List<ContractFinding> findings = CHECKER.check("cut.json", op("questions_list.json"), truncated);

            assertThat(findings).singleElement().extracting(ContractFinding::kind).isEqualTo(FindingKind.NOT_JSON);
        }
    }
}
