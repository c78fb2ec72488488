package ru.agentiq.wb.chat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The order behind a chat (schema {@code Listing}, formerly {@code GoodCard}). Deprecated fields ({@code date},
 * {@code statusID}, {@code needRefund}) were blanked before WB removed them and end up in {@link #other()}.
 *
 * @param nmId          WB article
 * @param price         price paid, in whole currency units; 0 when blanked
 * @param priceCurrency currency code; blank when blanked
 * @param rid           WB's order id ({@code srid} elsewhere)
 * @param size          size
 * @param name          product name (seen in some event payloads)
 * @param other         everything else, kept as parsed
 */
public record GoodCard(@JsonProperty("nmID") @JsonAlias("nmId") Long nmId, Long price, String priceCurrency,
        String rid, String size, String name, @JsonAnySetter Map<String, Object> other) {
    public GoodCard {
        other = other == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(other));
    }
}
