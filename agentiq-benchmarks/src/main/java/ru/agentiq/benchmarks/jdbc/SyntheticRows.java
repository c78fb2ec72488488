package ru.agentiq.benchmarks.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;

/**
 * One synthetic seller history, generated the same way in SQL (for PostgreSQL, server-side) and in Java (for the
 * in-memory adapter), so both stores hold the same rows. Row {@code g} of a seller: channel {@code g % 3}, product
 * {@code g·7919 mod 5000}, a customer id on every fifth row, open unless {@code g % 5 == 0}, priority {@code g % 4},
 * one row every three seconds going back from {@link InteractionStoreBenchmark#BASE}, a 4-hour SLA on open
 * questions and chats.
 */
final class SyntheticRows {

    private static final String[] CHANNELS = {"review", "question", "chat"};
    private static final String[] TEXTS = {"какой размер выбрать при росте 176?", "когда будет доставка заказа?",
            "пришёл брак, кнопка не работает", "спасибо, всё отлично подошло", "из какого материала сделан чехол?"};

    private SyntheticRows() {
    }

    static InteractionData interaction(SellerId seller, long g) {
        Channel channel = Channel.fromWire(CHANNELS[(int) (g % 3)]);
        long nm = (g * 7919) % 5000;
        boolean open = g % 5 != 0;
        Instant occurred = InteractionStoreBenchmark.BASE.minusSeconds(3 * g);
        InteractionData.Builder b = InteractionData.builder(seller, channel, "ext-" + g)
                .customerId(g % 5 == 0 ? "buyer-" + g % 200_000 : null)
                .orderId(channel == Channel.CHAT ? "ord-" + g : null)
                .nmId(Long.toString(nm)).productArticle("ART-" + nm)
                .subject("Обращение " + g)
                .text("Покупатель " + g + ": " + TEXTS[(int) (g % 5)])
                .status(open ? InteractionStatus.OPEN : InteractionStatus.RESPONDED)
                .priority(Priority.values()[(int) (g % 4)])
                .needsResponse(open)
                .occurredAt(occurred)
                .slaDueAt(open && channel != Channel.REVIEW ? occurred.plus(Duration.ofHours(4)) : null);
        if (channel == Channel.REVIEW) {
            b.rating((int) (1 + g % 5));
        }
        return b.build();
    }

    /** The same rows as {@link #interaction} for one seller, inserted by PostgreSQL itself. */
    static String insertInteractions(int seller, int rows) {
        String texts = String.join("','", TEXTS);
        return String.format(Locale.ROOT, """
                INSERT INTO interactions (seller_id, marketplace, channel, external_id, customer_id, order_id, nm_id,
                    product_article, subject, body, rating, status, priority, needs_response, source, is_auto_response,
                    occurred_at, sla_due_at, created_at, updated_at, extra_data, priority_rank, occurred_sort, sla_sort,
                    search_text)
                SELECT %1$d, 'wb', channel, 'ext-' || g, customer, ord, nm::text, 'ART-' || nm, 'Обращение ' || g, body,
                    CASE WHEN channel = 'review' THEN 1 + g %% 5 END,
                    CASE WHEN open THEN 'open' ELSE 'responded' END,
                    (ARRAY['urgent','high','normal','low'])[rank + 1], open, 'wb_api', FALSE,
                    occ, sla, occ, occ, '{}', rank, occ, COALESCE(sla, TIMESTAMPTZ '9999-12-31 00:00:00+00'),
                    lower(body) || chr(1) || lower('Обращение ' || g) || chr(1) || lower('ART-' || nm) || chr(1)
                        || nm || chr(1) || COALESCE(customer, '') || chr(1) || COALESCE(ord, '') || chr(1)
                FROM (
                    SELECT g, channel, nm, open, rank, occ, body, customer, ord,
                           CASE WHEN open AND channel <> 'review' THEN occ + INTERVAL '4 hours' END AS sla
                    FROM (
                        SELECT g,
                               (ARRAY['review','question','chat'])[g %% 3 + 1] AS channel,
                               (g::bigint * 7919) %% 5000 AS nm,
                               g %% 5 <> 0 AS open,
                               g %% 4 AS rank,
                               TIMESTAMPTZ '2026-11-20 00:00:00+00' - g * INTERVAL '3 seconds' AS occ,
                               'Покупатель ' || g || ': ' || (ARRAY['%3$s'])[g %% 5 + 1] AS body,
                               CASE WHEN g %% 5 = 0 THEN 'buyer-' || (g %% 200000) END AS customer,
                               CASE WHEN g %% 3 = 2 THEN 'ord-' || g END AS ord
                        FROM generate_series(1, %2$d) AS g
                    ) base
                ) derived
                """, seller, rows, texts);
    }

    /** Two events (draft generated, reply sent) on every fifth interaction of {@code seller}. */
    static String insertEvents(int seller, int rows) {
        return String.format(Locale.ROOT, """
                INSERT INTO interaction_events (seller_id, interaction_id, channel, event_type, details, created_at)
                SELECT seller_id, id, channel, t.type, t.details, TIMESTAMPTZ '2026-11-20 00:00:00+00'
                FROM interactions
                CROSS JOIN (VALUES ('draft_generated', '{"source":"llm"}'), ('reply_sent', '{"text_len":120}'))
                    AS t(type, details)
                WHERE seller_id = %1$d AND id %% 5 = 0
                """, seller);
    }
}
