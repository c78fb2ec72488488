package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.linking.Pairs.chat;
import static ru.agentiq.core.linking.Pairs.named;
import static ru.agentiq.core.linking.Pairs.review;
import static ru.agentiq.core.linking.Pairs.stored;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.agentiq.core.ValidationException;

class ActionPolicyTest {

    private final ActionPolicy policy = ActionPolicy.defaults();

    @ParameterizedTest(name = "{0} at {1} -> {2} / {3}")
    @CsvSource({
            "PROBABILISTIC, 0.99, ASSIST_ONLY, PROBABILISTIC_LINK_ASSIST_ONLY",
            "PROBABILISTIC, 1.0, ASSIST_ONLY, PROBABILISTIC_LINK_ASSIST_ONLY",
            "PROBABILISTIC, 0.1, ASSIST_ONLY, PROBABILISTIC_LINK_ASSIST_ONLY",
            "DETERMINISTIC, 0.849, ASSIST_ONLY, DETERMINISTIC_BELOW_CONFIDENCE_THRESHOLD",
            "DETERMINISTIC, 0.8499999, ASSIST_ONLY, DETERMINISTIC_BELOW_CONFIDENCE_THRESHOLD",
            "DETERMINISTIC, 0.85, AUTO_ALLOWED, DETERMINISTIC_CONFIDENCE_OK",
            "DETERMINISTIC, 0.99, AUTO_ALLOWED, DETERMINISTIC_CONFIDENCE_OK",
            "DETERMINISTIC, 1.7, AUTO_ALLOWED, DETERMINISTIC_CONFIDENCE_OK",
            "DETERMINISTIC, -0.3, ASSIST_ONLY, DETERMINISTIC_BELOW_CONFIDENCE_THRESHOLD"})
    void followsThePolicyTable(LinkType type, double confidence, ActionMode mode, PolicyReason reason) {
        ActionDecision decision = policy.evaluate(type, confidence);

        assertThat(decision.actionMode()).isEqualTo(mode);
        assertThat(decision.reason()).isEqualTo(reason);
        assertThat(decision.autoActionAllowed()).isEqualTo(mode == ActionMode.AUTO_ALLOWED);
    }

    @Test
    void usesTheWireValuesOfTheSeed() {
        ActionDecision d = policy.evaluate(LinkType.DETERMINISTIC, 0.5);

        assertThat(d.actionMode().wire()).isEqualTo("assist_only");
        assertThat(d.reason().wire()).isEqualTo("deterministic_below_confidence_threshold");
        assertThat(ActionMode.AUTO_ALLOWED.wire()).isEqualTo("auto_allowed");
        assertThat(PolicyReason.PROBABILISTIC_LINK_ASSIST_ONLY.wire()).isEqualTo("probabilistic_link_assist_only");
        assertThat(PolicyReason.DETERMINISTIC_CONFIDENCE_OK.wire()).isEqualTo("deterministic_confidence_ok");
    }

    @Test
    void aCustomThresholdMovesTheLine() {
        ActionPolicy strict = ActionPolicy.of(LinkingConfig.piloted().toBuilder().autoActionThreshold(0.95).build());

        assertThat(strict.evaluate(LinkType.DETERMINISTIC, 0.94).autoActionAllowed()).isFalse();
        assertThat(strict.evaluate(LinkType.DETERMINISTIC, 0.95).autoActionAllowed()).isTrue();
    }

    @Test
    void rejectsAMissingTypeOrNaN() {
        assertThatThrownBy(() -> policy.evaluate((LinkType) null, 0.9)).isInstanceOf(ValidationException.class)
                .hasMessage("linkType is required");
        assertThatThrownBy(() -> policy.evaluate(LinkType.DETERMINISTIC, Double.NaN))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aDecisionCannotClaimAutomationForAnotherReason() {
        assertThatThrownBy(() -> new ActionDecision(ActionMode.AUTO_ALLOWED,
                PolicyReason.PROBABILISTIC_LINK_ASSIST_ONLY)).isInstanceOf(ValidationException.class);
    }

    @Test
    void signalsWithoutAnOrderOrCustomerIdNeverAllowAutomation() {
        assertThat(policy.evaluate(List.of(LinkSignal.NAME_MATCH, LinkSignal.NM_ID_EXACT), 0.99).autoActionAllowed())
                .isFalse();
        assertThat(policy.evaluate(List.of(LinkSignal.CUSTOMER_ID_EXACT), 0.9).autoActionAllowed()).isTrue();
    }

    @Test
    void aNameCanNeverBeTheSoleBasisOfAutomationWhateverItsWeight() {
        LinkingConfig nameHeavy = LinkingConfig.builder().weight(LinkSignal.NAME_MATCH, 0.99).build();
        LinkScorer scorer = new LinkScorer(nameHeavy);

        LinkScore s = scorer.score(stored(review().extraData(named("user_name", "Иван Петров"))),
                stored(chat().extraData(named("customer_name", "Иван Петров"))));

        assertThat(s.confidence()).isEqualTo(0.99);
        assertThat(s.band()).isEqualTo(ConfidenceBand.HIGH);
        assertThat(s.linkType()).isEqualTo(LinkType.PROBABILISTIC);
        assertThat(s.autoActionAllowed()).isFalse();
        assertThat(s.policyReason()).isEqualTo(PolicyReason.PROBABILISTIC_LINK_ASSIST_ONLY);
    }

    @Test
    void aScoreCannotBeBuiltThatAutomatesOnANameAlone() {
        assertThatThrownBy(() -> new LinkScore(0.99, LinkType.DETERMINISTIC, ConfidenceBand.HIGH,
                ActionDecision.DETERMINISTIC_AUTO_ALLOWED, List.of(LinkSignal.NAME_MATCH),
                List.of(new Contribution("name_match_probabilistic", 0.99)), "combined signals"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("deterministic exactly when");
        assertThatThrownBy(() -> new LinkScore(0.99, LinkType.PROBABILISTIC, ConfidenceBand.HIGH,
                ActionDecision.DETERMINISTIC_AUTO_ALLOWED, List.of(LinkSignal.NAME_MATCH),
                List.of(new Contribution("name_match_probabilistic", 0.99)), "combined signals"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot allow automatic actions");
    }
}
