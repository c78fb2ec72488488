package ru.agentiq.wb.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.FeedItem;
import ru.agentiq.core.sync.InteractionFeed;
import ru.agentiq.core.sync.ListingPage;
import ru.agentiq.core.sync.ListingRequest;
import ru.agentiq.core.sync.StreamPage;
import ru.agentiq.wb.WbSellerApi;
import ru.agentiq.wb.chat.Chat;
import ru.agentiq.wb.chat.EventsPage;
import ru.agentiq.wb.feedbacks.Feedback;
import ru.agentiq.wb.feedbacks.FeedbackQuery;
import ru.agentiq.wb.normalize.WbNormalizer;
import ru.agentiq.wb.questions.Question;
import ru.agentiq.wb.questions.QuestionsClient;

/**
 * Serves a seller's WB reviews and questions as listings and chats as a stream (the event cursor is WB's
 * {@code next}, Unix milliseconds; the snapshot is the chat list). Page sizes are capped at WB's limits: 5000 per
 * feedback page, and a questions window of {@code take + skip ≤ 10000} (beyond it the listing ends).
 */
public final class WbInteractionFeed implements InteractionFeed {

    private final Function<SellerId, WbSellerApi> sellers;
    private final WbNormalizer normalizer;
    private final Map<Channel, Mode> channels;

    /**
     * @param sellers  the seller's APIs, e.g. {@code connector::seller}
     * @param channels the channels to serve (all three by default: see {@link #allChannels})
     */
    public WbInteractionFeed(Function<SellerId, WbSellerApi> sellers, WbNormalizer normalizer,
            java.util.Set<Channel> channels) {
        this.sellers = Checks.required(sellers, "sellers");
        this.normalizer = Checks.required(normalizer, "normalizer");
        Map<Channel, Mode> map = new EnumMap<>(Channel.class);
        for (Channel channel : Checks.required(channels, "channels")) {
            map.put(channel, channel == Channel.CHAT ? Mode.STREAM : Mode.LISTING);
        }
        this.channels = java.util.Collections.unmodifiableMap(map);
    }

    public static WbInteractionFeed allChannels(Function<SellerId, WbSellerApi> sellers) {
        return new WbInteractionFeed(sellers, new WbNormalizer(), java.util.EnumSet.allOf(Channel.class));
    }

    @Override
    public Map<Channel, Mode> channels() {
        return channels;
    }

    @Override
    public ListingPage listing(ListingRequest request) {
        WbSellerApi api = sellers.apply(request.sellerId());
        SellerId seller = request.sellerId();
        List<FeedItem> items = new ArrayList<>();
        if (request.channel() == Channel.REVIEW) {
            if (request.skip() > FeedbackQuery.MAX_SKIP) {
                return new ListingPage(List.of());
            }
            int take = Math.min(request.take(), FeedbackQuery.MAX_TAKE);
            for (Feedback f : api.feedbacks().list(FeedbackQuery.page(request.answered(), take, request.skip()))
                    .feedbacks()) {
                items.add(item(f.id(), () -> normalizer.feedback(seller, f, request.answered())));
            }
        } else if (request.channel() == Channel.QUESTION) {
            int take = Math.min(request.take(), QuestionsClient.MAX_WINDOW - request.skip());
            if (take <= 0) {
                return new ListingPage(List.of());
            }
            for (Question q : api.questions().list(request.answered(), take, request.skip(),
                    FeedbackQuery.Order.DATE_DESC, null, null, null).questions()) {
                items.add(item(q.id(), () -> normalizer.question(seller, q, request.answered())));
            }
        } else {
            throw new IllegalArgumentException(request.channel().wire() + " is not a listing channel");
        }
        return new ListingPage(items);
    }

    /**
     * Reads one feedback or question by id. WB's 422 ("cannot get the feedback by id") and 404 mean it is gone and
     * give a rejected item; other failures propagate.
     */
    @Override
    public java.util.Optional<FeedItem> fetch(SellerId sellerId, Channel channel, String externalId) {
        WbSellerApi api = sellers.apply(sellerId);
        try {
            if (channel == Channel.REVIEW) {
                Feedback f = api.feedbacks().get(externalId);
                return f == null ? java.util.Optional.of(FeedItem.rejected(externalId, "WB returned no feedback"))
                        : normalised(externalId, () -> normalizer.feedback(sellerId, f, false));
            }
            if (channel == Channel.QUESTION) {
                Question q = api.questions().get(externalId);
                return q == null ? java.util.Optional.of(FeedItem.rejected(externalId, "WB returned no question"))
                        : normalised(externalId, () -> normalizer.question(sellerId, q, false));
            }
        } catch (ru.agentiq.wb.WbNotFoundException e) {
            return java.util.Optional.of(FeedItem.rejected(externalId, "WB no longer has it (404)"));
        } catch (ru.agentiq.wb.WbValidationException e) {
            if (e.status() == 422) {
                return java.util.Optional.of(FeedItem.rejected(externalId, "WB no longer has it: " + e.wbMessage()));
            }
            throw e;
        }
        return java.util.Optional.empty();
    }

    @Override
    public List<FeedItem> snapshot(SellerId sellerId, Channel channel) {
        requireChat(channel);
        List<FeedItem> items = new ArrayList<>();
        for (Chat chat : sellers.apply(sellerId).chat().chats()) {
            items.add(item(chat.chatId(), () -> normalizer.chat(sellerId, chat)));
        }
        return items;
    }

    @Override
    public StreamPage stream(SellerId sellerId, Channel channel, String cursor) {
        requireChat(channel);
        Long next = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                next = Long.parseLong(cursor.strip());
            } catch (NumberFormatException e) {
                next = null;
            }
        }
        EventsPage page = sellers.apply(sellerId).chat().events(next);
        List<FeedItem> items = normalizer.events(sellerId, page.events());
        String nextCursor = page.next() == null || page.next() <= 0 ? null : Long.toString(page.next());
        return new StreamPage(items, nextCursor, page.exhausted());
    }

    /** A fetched item; one that cannot be normalised is not "gone", so it gives empty (reconciliation stops). */
    private static java.util.Optional<FeedItem> normalised(String id,
            java.util.function.Supplier<ru.agentiq.core.interaction.InteractionData> normalise) {
        FeedItem item = item(id, normalise);
        return item.accepted() ? java.util.Optional.of(item) : java.util.Optional.empty();
    }

    private static void requireChat(Channel channel) {
        if (channel != Channel.CHAT) {
            throw new IllegalArgumentException(channel.wire() + " is not a stream channel");
        }
    }

    private static FeedItem item(String id, java.util.function.Supplier<ru.agentiq.core.interaction.InteractionData>
            normalise) {
        try {
            return FeedItem.of(normalise.get());
        } catch (RuntimeException e) {
            return FeedItem.rejected(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
