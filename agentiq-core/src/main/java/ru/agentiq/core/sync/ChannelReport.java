package ru.agentiq.core.sync;

import java.time.Instant;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;

/**
 * What a sync run did on one channel.
 *
 * @param channel            the channel
 * @param outcome            succeeded, failed, or skipped (cooldown)
 * @param fetched            raw items received, before de-duplication
 * @param created            interactions created
 * @param updated            interactions whose data changed
 * @param unchanged          interactions that already held exactly this data
 * @param skipped            items not stored (rejected by the normaliser or repeated within a page)
 * @param pages              requests for pages made
 * @param stoppedAtWatermark whether the answered listing stopped at the stored watermark
 * @param watermark          listing channels: the watermark after the run (saved only on success); nullable
 * @param cursor             stream channels: the cursor after the run (saved after every page); nullable
 * @param error              one line about the failure; null unless failed
 * @param resumeAt           failed with a rate limit or skipped for a cooldown: when the channel may run again
 */
public record ChannelReport(
        Channel channel,
        Outcome outcome,
        int fetched,
        int created,
        int updated,
        int unchanged,
        int skipped,
        int pages,
        boolean stoppedAtWatermark,
        Instant watermark,
        String cursor,
        String error,
        Instant resumeAt) {

    /** How a channel's part of a run ended. */
    public enum Outcome {
        SUCCEEDED, FAILED, SKIPPED_COOLDOWN
    }

    public ChannelReport {
        Checks.required(channel, "channel");
        Checks.required(outcome, "outcome");
    }

    static ChannelReport cooldown(Channel channel, Instant until) {
        return new ChannelReport(channel, Outcome.SKIPPED_COOLDOWN, 0, 0, 0, 0, 0, 0, false, null, null,
                "cooling down after a rate limit until " + until, until);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
