package ru.agentiq.core.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.SellerId;

/** A feed over in-memory lists that can be told to fail after a given number of page requests. */
final class ScriptedFeed implements InteractionFeed {

    final Map<Channel, List<InteractionData>> unanswered = new EnumMap<>(Channel.class);
    final Map<Channel, List<InteractionData>> answered = new EnumMap<>(Channel.class);
    final List<StreamPage> chatPages = new ArrayList<>();
    final List<FeedItem> chatSnapshot = new ArrayList<>();
    final List<ListingRequest> listingRequests = new ArrayList<>();
    final List<String> streamCursors = new ArrayList<>();
    final AtomicInteger pageRequests = new AtomicInteger();
    int failAfterPages = Integer.MAX_VALUE;
    Channel failingChannel;
    RuntimeException failure = new AgentIqException("WB is down");

    ScriptedFeed() {
        for (Channel c : List.of(Channel.REVIEW, Channel.QUESTION)) {
            unanswered.put(c, new ArrayList<>());
            answered.put(c, new ArrayList<>());
        }
    }

    void add(InteractionData item) {
        Map<Channel, List<InteractionData>> target = item.needsResponse() ? unanswered : answered;
        List<InteractionData> list = target.get(item.channel());
        list.add(item);
        list.sort(Comparator.comparing(InteractionData::occurredAt, Comparator.nullsLast(Comparator.reverseOrder())));
    }

    @Override
    public Map<Channel, Mode> channels() {
        return Map.of(Channel.REVIEW, Mode.LISTING, Channel.QUESTION, Mode.LISTING, Channel.CHAT, Mode.STREAM);
    }

    @Override
    public ListingPage listing(ListingRequest request) {
        maybeFail(request.channel());
        listingRequests.add(request);
        List<InteractionData> list = (request.answered() ? answered : unanswered).get(request.channel());
        int from = Math.min(request.skip(), list.size());
        int to = Math.min(from + request.take(), list.size());
        return new ListingPage(list.subList(from, to).stream().map(FeedItem::of).toList());
    }

    final List<String> fetched = new ArrayList<>();
    /** Items in neither listing that can still be fetched by id (WB's archive). */
    final List<InteractionData> archive = new ArrayList<>();
    boolean supportsFetch;

    @Override
    public java.util.Optional<FeedItem> fetch(SellerId sellerId, Channel channel, String externalId) {
        if (!supportsFetch) {
            return java.util.Optional.empty();
        }
        fetched.add(externalId);
        List<List<InteractionData>> places = List.of(unanswered.get(channel), answered.get(channel), archive);
        for (List<InteractionData> list : places) {
            for (InteractionData item : list) {
                if (item.externalId().equals(externalId)) {
                    return java.util.Optional.of(FeedItem.of(item));
                }
            }
        }
        return java.util.Optional.of(FeedItem.rejected(externalId, "gone"));
    }

    void remove(Channel channel, String externalId) {
        unanswered.get(channel).removeIf(i -> i.externalId().equals(externalId));
        answered.get(channel).removeIf(i -> i.externalId().equals(externalId));
    }

    @Override
    public List<FeedItem> snapshot(SellerId sellerId, Channel channel) {
        return List.copyOf(chatSnapshot);
    }

    @Override
    public StreamPage stream(SellerId sellerId, Channel channel, String cursor) {
        maybeFail(channel);
        streamCursors.add(cursor);
        int index = cursor == null ? 0 : Integer.parseInt(cursor);
        if (index >= chatPages.size()) {
            return new StreamPage(List.of(), cursor, true);
        }
        return chatPages.get(index);
    }

    private void maybeFail(Channel channel) {
        if ((failingChannel == null || failingChannel == channel) && pageRequests.incrementAndGet() > failAfterPages) {
            throw failure;
        }
    }

    static Instant at(int minute) {
        return Instant.parse("2026-09-01T00:00:00Z").plusSeconds(60L * minute);
    }
}
