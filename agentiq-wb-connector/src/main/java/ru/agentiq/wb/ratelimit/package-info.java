/** WB's published rate limits as token buckets behind the {@link ru.agentiq.wb.ratelimit.RateBudget} port. */
package ru.agentiq.wb.ratelimit;
