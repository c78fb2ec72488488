package ru.agentiq.wb.ratelimit;

import java.time.Clock;

class LocalRateBudgetTest extends RateBudgetContract {

    @Override
    protected RateBudget newBudget(Clock clock) {
        return new LocalRateBudget(clock);
    }
}
