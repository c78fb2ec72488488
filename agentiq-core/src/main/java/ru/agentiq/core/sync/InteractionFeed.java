package ru.agentiq.core.sync;

import java.util.List;
import java.util.Map;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: a marketplace's view of a seller's interactions, already normalised to
 * {@link ru.agentiq.core.interaction.InteractionData}. The WB connector implements it; {@link SyncService} drives it.
 *
 * <p>A channel is read in one of two {@link Mode modes}. Implementations throw unchecked exceptions rooted at
 * {@link ru.agentiq.core.AgentIqException}; one that implements {@link Throttled} tells the sync when the source may
 * be asked again.
 */
public interface InteractionFeed {

    /** How a channel is read. */
    enum Mode {
        /** Two dated listings (unanswered, answered), newest first, paged by skip/take: reviews and questions. */
        LISTING,
        /** An optional snapshot followed by a change stream paged by an opaque cursor: chats. */
        STREAM
    }

    /** The channels this feed serves and how each is read. */
    Map<Channel, Mode> channels();

    /** One page of a listing channel. */
    ListingPage listing(ListingRequest request);

    /**
     * One item of a listing channel by its id, to reconcile an item that left the unanswered listing (answered
     * elsewhere) but is too old to show up before the answered listing stops at the watermark.
     *
     * @return the item; a {@linkplain FeedItem#rejected rejected} item when the source no longer has it (the sync
     *         then closes it); empty when the source cannot fetch single items (the default)
     */
    default java.util.Optional<FeedItem> fetch(SellerId sellerId, Channel channel, String externalId) {
        return java.util.Optional.empty();
    }

    /**
     * The current state of every conversation of a stream channel (the WB chat list), read once per run before the
     * stream. Items are partial: fields they leave empty keep their stored values. Empty by default.
     */
    default List<FeedItem> snapshot(SellerId sellerId, Channel channel) {
        return List.of();
    }

    /**
     * One page of a stream channel after {@code cursor} (null: from where the source starts). Items are partial like
     * snapshot items.
     */
    StreamPage stream(SellerId sellerId, Channel channel, String cursor);
}
