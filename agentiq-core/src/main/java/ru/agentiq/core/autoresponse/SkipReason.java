package ru.agentiq.core.autoresponse;

import ru.agentiq.core.interaction.WireValue;

/** Why the pipeline did not answer, in the order the checks run. */
public enum SkipReason implements WireValue {
    CONFIG_UNAVAILABLE("config_unavailable"),
    DISABLED("disabled"),
    ALREADY_ANSWERED("already_answered"),
    CHANNEL_NOT_ALLOWED("channel_not_allowed"),
    NM_ID_NOT_ALLOWED("nm_id_not_allowed"),
    NO_SCENARIO("no_scenario"),
    SCENARIO_BLOCK("scenario_block"),
    SCENARIO_DRAFT_ONLY("scenario_draft_only"),
    SCENARIO_DISABLED("scenario_disabled"),
    SCENARIO_CHANNEL("scenario_channel"),
    RATING_TOO_LOW("rating_too_low"),
    LINKED_OPEN_ISSUE("linked_open_issue"),
    DRAFT_FAILED("draft_failed"),
    GUARDRAILS_FAILED("guardrails_failed"),
    STRICT_CHECKS_FAILED("strict_checks_failed"),
    SEND_FAILED("send_failed");

    private final String wire;

    SkipReason(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
