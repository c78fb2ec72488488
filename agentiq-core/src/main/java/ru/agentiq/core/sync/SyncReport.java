package ru.agentiq.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * What one {@link SyncService#sync} call did.
 *
 * @param sellerId   tenant
 * @param ran        false when another sync of the seller held the lock, so nothing was done
 * @param startedAt  when the run started
 * @param finishedAt when it finished
 * @param channels   one report per channel, in run order
 * @param status     the seller's status after the run
 */
public record SyncReport(
        SellerId sellerId,
        boolean ran,
        Instant startedAt,
        Instant finishedAt,
        List<ChannelReport> channels,
        SellerSyncStatus status) {

    public SyncReport {
        Checks.required(sellerId, "sellerId");
        Checks.required(startedAt, "startedAt");
        Checks.required(finishedAt, "finishedAt");
        channels = List.copyOf(channels);
        Checks.required(status, "status");
    }

    public Optional<ChannelReport> channel(Channel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst();
    }

    /** Whether the run happened and every channel succeeded. */
    public boolean succeeded() {
        return ran && channels.stream().allMatch(ChannelReport::succeeded);
    }

    public int fetched() {
        return channels.stream().mapToInt(ChannelReport::fetched).sum();
    }

    public int created() {
        return channels.stream().mapToInt(ChannelReport::created).sum();
    }

    public int updated() {
        return channels.stream().mapToInt(ChannelReport::updated).sum();
    }

    public int skipped() {
        return channels.stream().mapToInt(ChannelReport::skipped).sum();
    }
}
