package ru.agentiq.wb.ratelimit;

import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.TokenType;

/**
 * Identifies one WB rate-limit bucket: WB counts per seller account, per token type (separate budgets since
 * 2026-03-30) and per category (Feedbacks and Questions share one).
 *
 * @param account  the seller account (AgentIQ seller id, or any stable account key)
 * @param type     the token type
 * @param category the API category
 */
public record BudgetKey(String account, TokenType type, ApiCategory category) {
    public BudgetKey {
        Checks.requiredText(account, "account", 200);
        Checks.required(type, "type");
        Checks.required(category, "category");
    }
}
