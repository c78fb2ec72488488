package ru.agentiq.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemorySellerSyncSettings;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncStatusStore;

class SyncServiceTest {

    static final SellerId SELLER = SellerId.of(3);

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-09-02T12:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    final ScriptedFeed feed = new ScriptedFeed();
    final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    final InMemorySyncCursorStore cursors = new InMemorySyncCursorStore();
    final InMemorySyncStatusStore statuses = new InMemorySyncStatusStore();
    final InMemorySyncLock lock = new InMemorySyncLock(clock);
    final InMemorySellerSyncSettings settings = new InMemorySellerSyncSettings();

    SyncService service(ItemStep step) {
        return SyncService.builder(feed, repository).cursors(cursors).statuses(statuses).lock(lock)
                .settings(settings).itemStep(step).clock(clock).build();
    }

    SyncService service() {
        return service(ItemStep.NONE);
    }

    static InteractionData review(String id, int minute, boolean open) {
        return InteractionData.builder(SELLER, Channel.REVIEW, id).text("отзыв " + id).rating(open ? 2 : 5)
                .occurredAt(ScriptedFeed.at(minute)).needsResponse(open)
                .status(open ? InteractionStatus.OPEN : InteractionStatus.RESPONDED).build();
    }

    static InteractionData question(String id, int minute) {
        return InteractionData.builder(SELLER, Channel.QUESTION, id).text("вопрос " + id)
                .occurredAt(ScriptedFeed.at(minute)).build();
    }

    static InteractionData chat(String id, int minute, String text, boolean open, ExtraData extra) {
        return InteractionData.builder(SELLER, Channel.CHAT, id).text(text).occurredAt(ScriptedFeed.at(minute))
                .needsResponse(open).status(open ? InteractionStatus.OPEN : InteractionStatus.RESPONDED)
                .extraData(extra).build();
    }

    List<Interaction> stored() {
        List<Interaction> all = new ArrayList<>();
        InboxQuery.Builder query = InboxQuery.builder(SELLER).pageSize(InboxQuery.MAX_PAGE_SIZE).includeTotal(false);
        InboxPage page = repository.find(query.build());
        all.addAll(page.items());
        while (page.nextCursor().isPresent()) {
            page = repository.find(query.cursor(page.nextCursor().get()).build());
            all.addAll(page.items());
        }
        return all;
    }

    Optional<Interaction> stored(Channel channel, String id) {
        return repository.findByKey(new InteractionKey(SELLER, Marketplace.WB, channel, id));
    }

    @Nested
    class Listings {

        @Test
        void readsBothListingsPageByPageAndSavesTheNewestDateAsWatermark() {
            for (int i = 0; i < 25; i++) {
                feed.add(review("r" + i, i, i % 2 == 0));
            }

            SyncReport report = service().sync(SELLER, SyncOptions.builder().channel(Channel.REVIEW).pageSize(5)
                    .build());

            assertThat(report.succeeded()).isTrue();
            ChannelReport reviews = report.channel(Channel.REVIEW).orElseThrow();
            assertThat(reviews.fetched()).isEqualTo(25);
            assertThat(reviews.created()).isEqualTo(25);
            assertThat(reviews.pages()).isEqualTo(3 + 3);
            assertThat(cursors.watermark(SELLER, Channel.REVIEW)).contains(ScriptedFeed.at(24));
            assertThat(stored()).hasSize(25);
        }

        @Test
        void stopsTheAnsweredListingAtTheWatermarkWithTwoSecondsOverlapButReadsTheWholeBacklog() {
            for (int i = 0; i < 20; i++) {
                feed.add(review("r" + i, i, false));
            }
            feed.add(review("old-open", 1, true));
            service().sync(SELLER, SyncOptions.builder().channel(Channel.REVIEW).pageSize(4).build());
            feed.listingRequests.clear();
            feed.add(review("new", 30, false));

            SyncReport second = service().sync(SELLER, SyncOptions.builder().channel(Channel.REVIEW).pageSize(4)
                    .build());

            ChannelReport reviews = second.channel(Channel.REVIEW).orElseThrow();
            assertThat(reviews.stoppedAtWatermark()).isTrue();
            assertThat(reviews.created()).isEqualTo(1);
            assertThat(feed.listingRequests).filteredOn(ListingRequest::answered).hasSize(1);
            assertThat(feed.listingRequests).filteredOn(r -> !r.answered()).hasSize(1);
            assertThat(cursors.watermark(SELLER, Channel.REVIEW)).contains(ScriptedFeed.at(30));
        }

        @Test
        void rereadsRecordsWithinTheOverlapOfTheWatermark() {
            feed.add(review("a", 10, false));
            service().sync(SELLER, SyncOptions.defaults());
            InteractionData sameSecond = InteractionData.builder(SELLER, Channel.REVIEW, "b").text("b").rating(5)
                    .occurredAt(ScriptedFeed.at(10).minusSeconds(1)).needsResponse(false)
                    .status(InteractionStatus.RESPONDED).build();
            feed.add(sameSecond);

            SyncReport report = service().sync(SELLER, SyncOptions.defaults());

            assertThat(report.channel(Channel.REVIEW).orElseThrow().created()).isEqualTo(1);
            assertThat(stored(Channel.REVIEW, "b")).isPresent();
        }

        @Test
        void forceFullSyncIgnoresTheWatermark() {
            for (int i = 0; i < 10; i++) {
                feed.add(review("r" + i, i, false));
            }
            service().sync(SELLER, SyncOptions.builder().pageSize(3).build());
            feed.listingRequests.clear();

            SyncReport report = service().sync(SELLER, SyncOptions.builder().pageSize(3).forceFullSync(true).build());

            assertThat(report.channel(Channel.REVIEW).orElseThrow().stoppedAtWatermark()).isFalse();
            assertThat(report.channel(Channel.REVIEW).orElseThrow().unchanged()).isEqualTo(10);
        }
    }

    @Nested
    class Reconciliation {

        @Test
        void anOldItemAnsweredElsewhereIsReadBackAlthoughTheAnsweredPassStopsAtTheWatermark() {
            feed.supportsFetch = true;
            feed.add(review("old", 1, true));
            for (int i = 10; i < 20; i++) {
                feed.add(review("r" + i, i, false));
            }
            SyncOptions options = SyncOptions.builder().channel(Channel.REVIEW).pageSize(3).build();
            service().sync(SELLER, options);
            feed.remove(Channel.REVIEW, "old");
            feed.add(review("old", 1, false));
            feed.add(review("new", 30, false));

            SyncReport report = service().sync(SELLER, options);

            assertThat(report.channel(Channel.REVIEW).orElseThrow().stoppedAtWatermark()).isTrue();
            assertThat(feed.fetched).containsExactly("old");
            assertThat(stored(Channel.REVIEW, "old").orElseThrow().data().needsResponse()).isFalse();
        }

        @Test
        void anItemTheMarketplaceNoLongerHasIsClosed() {
            feed.supportsFetch = true;
            feed.add(review("gone", 1, true));
            service().sync(SELLER, SyncOptions.defaults());
            feed.remove(Channel.REVIEW, "gone");

            service().sync(SELLER, SyncOptions.defaults());

            InteractionData data = stored(Channel.REVIEW, "gone").orElseThrow().data();
            assertThat(data.status()).isEqualTo(InteractionStatus.CLOSED);
            assertThat(data.needsResponse()).isFalse();
            assertThat(data.extraData().asMap()).containsEntry("closed_reason", "gone_at_marketplace");
        }

        @Test
        void anItemThatStaysOpenIsNotReadAgainForADay() {
            feed.supportsFetch = true;
            feed.add(review("archived", 1, true));
            service().sync(SELLER, SyncOptions.defaults());
            feed.unanswered.get(Channel.REVIEW).clear();
            feed.archive.add(review("archived", 1, true));

            service().sync(SELLER, SyncOptions.defaults());
            service().sync(SELLER, SyncOptions.defaults());
            now.set(now.get().plus(Duration.ofHours(25)));
            service().sync(SELLER, SyncOptions.defaults());

            assertThat(feed.fetched).containsExactly("archived", "archived");
        }

        @Test
        void nothingIsReadBackWhenTheBacklogWasNotReadToItsEnd() {
            feed.supportsFetch = true;
            for (int i = 0; i < 6; i++) {
                feed.add(review("open" + i, i, true));
            }
            service().sync(SELLER, SyncOptions.defaults());
            feed.remove(Channel.REVIEW, "open0");

            service().sync(SELLER, SyncOptions.builder().maxItemsPerPass(2).pageSize(2).build());

            assertThat(feed.fetched).isEmpty();
        }
    }

    @Nested
    class Resume {

        @ParameterizedTest(name = "crash after page {0}")
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
        void aSyncThatCrashesAfterAnyPageResumesWithNothingLostAndNothingDuplicated(int pages) {
            for (int i = 0; i < 12; i++) {
                feed.add(review("r" + i, i, i % 3 == 0));
                feed.add(question("q" + i, i));
            }
            feed.failAfterPages = pages;
            SyncOptions options = SyncOptions.builder().channel(Channel.REVIEW).channel(Channel.QUESTION).pageSize(5)
                    .build();
            service().sync(SELLER, options);
            feed.failAfterPages = Integer.MAX_VALUE;
            for (int i = 12; i < 15; i++) {
                feed.add(review("r" + i, i, false));
            }

            SyncReport resumed = service().sync(SELLER, options);

            assertThat(resumed.succeeded()).isTrue();
            List<String> ids = stored().stream().map(i -> i.data().externalId()).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(15 + 12);
            assertThat(cursors.watermark(SELLER, Channel.REVIEW)).contains(ScriptedFeed.at(14));
        }
    }

    @Nested
    class Isolation {

        @Test
        void oneFailingChannelKeepsTheOthersAndTheirProgress() {
            feed.add(review("r1", 1, true));
            feed.add(question("q1", 2));
            feed.failingChannel = Channel.QUESTION;
            feed.failAfterPages = 0;

            SyncReport report = service().sync(SELLER, SyncOptions.builder().channel(Channel.REVIEW)
                    .channel(Channel.QUESTION).build());

            assertThat(report.channel(Channel.REVIEW).orElseThrow().succeeded()).isTrue();
            assertThat(report.channel(Channel.QUESTION).orElseThrow().outcome()).isEqualTo(ChannelReport.Outcome.FAILED);
            assertThat(cursors.watermark(SELLER, Channel.REVIEW)).isPresent();
            assertThat(cursors.watermark(SELLER, Channel.QUESTION)).isEmpty();
            assertThat(report.status().state()).isEqualTo(SyncState.ERROR);
            assertThat(report.status().lastError()).isEqualTo("[question] WB is down");
            assertThat(report.status().lastSuccessAt()).isNull();
        }

        @Test
        void aThrottledChannelIsSkippedUntilItsCooldownPasses() {
            Instant resume = now.get().plus(Duration.ofMinutes(12));
            feed.failure = new ThrottledFailure(resume);
            feed.failingChannel = Channel.QUESTION;
            feed.failAfterPages = 0;
            service().sync(SELLER, SyncOptions.defaults());
            feed.failAfterPages = Integer.MAX_VALUE;

            SyncReport early = service().sync(SELLER, SyncOptions.defaults());
            now.set(resume.plusSeconds(1));
            SyncReport later = service().sync(SELLER, SyncOptions.defaults());

            assertThat(early.channel(Channel.QUESTION).orElseThrow().outcome())
                    .isEqualTo(ChannelReport.Outcome.SKIPPED_COOLDOWN);
            assertThat(early.channel(Channel.QUESTION).orElseThrow().resumeAt()).isEqualTo(resume);
            assertThat(later.channel(Channel.QUESTION).orElseThrow().succeeded()).isTrue();
            assertThat(later.status().state()).isEqualTo(SyncState.OK);
            assertThat(later.status().cooldowns()).isEmpty();
        }
    }

    @Nested
    class Status {

        @Test
        void aSuccessfulRunEndsOkWithItsFinishTime() {
            SyncReport report = service().sync(SELLER, SyncOptions.defaults());

            assertThat(report.status().state()).isEqualTo(SyncState.OK);
            assertThat(report.status().lastSuccessAt()).isEqualTo(now.get());
            assertThat(service().status(SELLER)).isEqualTo(report.status());
        }

        @Test
        void aSyncingStatusOlderThanFiveMinutesIsReportedAsError() {
            statuses.save(new SellerSyncStatus(SELLER, SyncState.SYNCING, null, null, now.get(), now.get(),
                    java.util.Map.of()));

            now.set(now.get().plus(Duration.ofMinutes(4)));
            assertThat(service().status(SELLER).state()).isEqualTo(SyncState.SYNCING);
            now.set(now.get().plus(Duration.ofMinutes(1)));
            SellerSyncStatus stuck = service().status(SELLER);

            assertThat(stuck.state()).isEqualTo(SyncState.ERROR);
            assertThat(stuck.lastError()).contains("5 minutes");
            assertThat(statuses.find(SELLER)).contains(stuck);
        }

        @Test
        void aSecondSyncOfTheSameSellerIsSkippedWhileTheFirstHoldsTheLock() {
            SyncLock.Lease held = lock.tryAcquire(SELLER, Duration.ofMinutes(1)).orElseThrow();

            SyncReport report = service().sync(SELLER, SyncOptions.defaults());
            held.close();
            SyncReport after = service().sync(SELLER, SyncOptions.defaults());

            assertThat(report.ran()).isFalse();
            assertThat(report.channels()).isEmpty();
            assertThat(feed.pageRequests.get()).isPositive();
            assertThat(after.ran()).isTrue();
        }

        @Test
        void anExpiredLeaseNoLongerBlocks() {
            lock.tryAcquire(SELLER, Duration.ofMinutes(1)).orElseThrow();
            now.set(now.get().plus(Duration.ofMinutes(2)));

            assertThat(service().sync(SELLER, SyncOptions.defaults()).ran()).isTrue();
        }
    }

    @Nested
    class ReplyPending {

        private void storeRepliedByAgentIq(Instant repliedAt) {
            InteractionData replied = review("r1", 1, false).toBuilder()
                    .extraData(ExtraData.of("last_reply_source", "agentiq", "last_reply_at", repliedAt.toString(),
                            "wb_sync_state", "pending"))
                    .build();
            repository.upsert(replied, repliedAt);
            feed.add(review("r1", 1, true));
        }

        @Test
        void keepsAnAgentIqReplyPendingWithinTheWindow() {
            storeRepliedByAgentIq(now.get().minus(Duration.ofMinutes(179)));

            service().sync(SELLER, SyncOptions.defaults());

            InteractionData data = stored(Channel.REVIEW, "r1").orElseThrow().data();
            assertThat(data.needsResponse()).isFalse();
            assertThat(data.status()).isEqualTo(InteractionStatus.RESPONDED);
            assertThat(data.priority()).isEqualTo(Priority.LOW);
            assertThat(data.extraData().getString("wb_sync_state")).contains("pending");
        }

        @Test
        void reopensTheItemOnceTheWindowHasPassed() {
            storeRepliedByAgentIq(now.get().minus(Duration.ofMinutes(181)));

            service().sync(SELLER, SyncOptions.defaults());

            assertThat(stored(Channel.REVIEW, "r1").orElseThrow().data().needsResponse()).isTrue();
        }

        @Test
        void usesTheSellersWindowAndAnExplicitOneFirst() {
            storeRepliedByAgentIq(now.get().minus(Duration.ofMinutes(100)));
            settings.setReplyPendingWindowMinutes(SELLER, 60);

            assertThat(service().replyPendingWindow(SELLER, null)).isEqualTo(Duration.ofMinutes(60));
            assertThat(service().replyPendingWindow(SELLER, Duration.ofMinutes(120)))
                    .isEqualTo(Duration.ofMinutes(120));
            service().sync(SELLER, SyncOptions.defaults());
            assertThat(stored(Channel.REVIEW, "r1").orElseThrow().data().needsResponse()).isTrue();
        }

        @Test
        void rejectsWindowsOutside30To1440Minutes() {
            assertThatThrownBy(() -> settings.setReplyPendingWindowMinutes(SELLER, 29))
                    .isInstanceOf(ValidationException.class).hasMessage("replyPendingWindow must be 30..1440 "
                            + "minutes, was 29");
            assertThatThrownBy(() -> SyncOptions.builder().replyPendingWindow(Duration.ofMinutes(1441)).build())
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class Chats {

        @Test
        void followsTheCursorSavingItAfterEveryPage() {
            feed.chatPages.add(new StreamPage(List.of(FeedItem.of(chat("c1", 1, "Здравствуйте", true,
                    ExtraData.of("reply_sign", "1:s"))), FeedItem.rejected(null, "chat event without chatID")), "1",
                    false));
            feed.chatPages.add(new StreamPage(List.of(FeedItem.of(chat("c1", 2, "Ответ продавца", false,
                    ExtraData.EMPTY))), "2", false));
            feed.chatPages.add(new StreamPage(List.of(), "2", true));

            SyncReport report = service().sync(SELLER, SyncOptions.builder().channel(Channel.CHAT).build());

            ChannelReport chats = report.channel(Channel.CHAT).orElseThrow();
            assertThat(chats.cursor()).isEqualTo("2");
            assertThat(chats.skipped()).isEqualTo(1);
            assertThat(cursors.cursor(SELLER, Channel.CHAT)).contains("2");
            InteractionData c1 = stored(Channel.CHAT, "c1").orElseThrow().data();
            assertThat(c1.text()).isEqualTo("Ответ продавца");
            assertThat(c1.needsResponse()).isFalse();
            assertThat(c1.extraData().getString("reply_sign")).as("kept from the older event").contains("1:s");
            assertThat(feed.streamCursors).containsExactly(null, "1", "2");
        }

        @Test
        void anOlderSnapshotDoesNotOverwriteANewerEventButFillsWhatItLacks() {
            feed.chatPages.add(new StreamPage(List.of(FeedItem.of(chat("c1", 5, "Спасибо, получил", true,
                    ExtraData.EMPTY))), "1", true));
            feed.chatSnapshot.add(FeedItem.of(chat("c1", 5, "Спасибо, получил", true, ExtraData.of("reply_sign",
                    "1:fresh")).toBuilder().nmId("123").build()));
            feed.chatSnapshot.add(FeedItem.of(chat("c2", 3, "Новый чат", true, ExtraData.EMPTY)));

            service().sync(SELLER, SyncOptions.builder().channel(Channel.CHAT).build());

            InteractionData c1 = stored(Channel.CHAT, "c1").orElseThrow().data();
            assertThat(c1.nmId()).isEqualTo("123");
            assertThat(c1.extraData().getString("reply_sign")).contains("1:fresh");
            assertThat(stored(Channel.CHAT, "c2")).isPresent();
        }
    }

    @Test
    void appliesThePrioritisationStepToEveryItem() {
        feed.add(review("r1", 1, true));
        ItemStep urgent = (item, at) -> item.toBuilder().priority(Priority.URGENT).slaDueAt(at.plusSeconds(60))
                .build();

        service(urgent).sync(SELLER, SyncOptions.defaults());

        InteractionData data = stored(Channel.REVIEW, "r1").orElseThrow().data();
        assertThat(data.priority()).isEqualTo(Priority.URGENT);
        assertThat(data.slaDueAt()).isEqualTo(now.get().plusSeconds(60));
    }

    static final class ThrottledFailure extends AgentIqException implements Throttled {
        private static final long serialVersionUID = 1L;
        private final Instant resumeAt;

        ThrottledFailure(Instant resumeAt) {
            super("429 from the marketplace");
            this.resumeAt = resumeAt;
        }

        @Override
        public Instant resumeAt() {
            return resumeAt;
        }
    }
}
