package ru.agentiq.wb.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.agentiq.core.draft.ProductCard;
import ru.agentiq.core.draft.ProductCatalog;
import ru.agentiq.wb.WbConnectionException;

/**
 * Product cards from WB's public card CDN (no authentication), the grounding source the seed used (§g.7, §h.7):
 * {@code https://basket-NN.wbbasket.ru/vol{nm/100000}/part{nm/1000}/{nm}/info/ru/card.json}, the basket number
 * chosen by the {@code vol} upper bounds. A missing card (404) is an empty result; a non-numeric nmId is too. Wrap it
 * in core's {@code CachingProductCatalog} (1 h TTL, 500 cards) — the CDN is public and WB rate-limits it. Thread-safe.
 */
public final class WbProductCardCatalog implements ProductCatalog {

    /** The seed's CDN host pattern; {@code %s} is the two-digit basket number. */
    public static final String DEFAULT_HOST_PATTERN = "https://basket-%s.wbbasket.ru";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** vol upper bounds of baskets 01..25; anything above is basket 26 (seed §g.7). */
    private static final int[] BASKET_VOL_LIMITS = {143, 287, 431, 719, 1007, 1061, 1115, 1169, 1313, 1601, 1655,
            1919, 2045, 2189, 2405, 2621, 2837, 3053, 3269, 3485, 3701, 3917, 4133, 4349, 4565};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String hostPattern;
    private final Duration timeout;
    private final HttpClient http;

    public WbProductCardCatalog() {
        this(DEFAULT_HOST_PATTERN, DEFAULT_TIMEOUT);
    }

    /** @param hostPattern scheme and host with {@code %s} for the basket number (tests point it at a local server) */
    public WbProductCardCatalog(String hostPattern, Duration timeout) {
        this.hostPattern = Objects.requireNonNull(hostPattern, "hostPattern");
        if (!hostPattern.contains("%s")) {
            throw new IllegalArgumentException("hostPattern must contain %s for the basket number");
        }
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The two-digit basket of an article. */
    public static String basket(long nmId) {
        long vol = nmId / 100_000;
        for (int i = 0; i < BASKET_VOL_LIMITS.length; i++) {
            if (vol <= BASKET_VOL_LIMITS[i]) {
                return String.format(Locale.ROOT, "%02d", i + 1);
            }
        }
        return "26";
    }

    /** The card URL of an article. */
    public URI cardUri(long nmId) {
        return URI.create(String.format(Locale.ROOT, hostPattern, basket(nmId)) + "/vol" + nmId / 100_000 + "/part"
                + nmId / 1000 + "/" + nmId + "/info/ru/card.json");
    }

    @Override
    public Optional<ProductCard> find(String nmId) {
        long nm;
        try {
            nm = Long.parseLong(nmId == null ? "" : nmId.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (nm <= 0) {
            return Optional.empty();
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(cardUri(nm)).timeout(timeout).GET()
                    .header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WbConnectionException("product card CDN unreachable: " + e.getClass().getSimpleName(),
                    "card.json", false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WbConnectionException("interrupted while reading a product card", "card.json", false, e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new WbConnectionException("product card CDN answered HTTP " + response.statusCode(), "card.json",
                    false, null);
        }
        JsonNode card;
        try {
            card = JSON.readTree(response.body());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (card == null || !card.isObject()) {
            return Optional.empty();
        }
        return Optional.of(toCard(String.valueOf(nm), card));
    }

    static ProductCard toCard(String nmId, JsonNode card) {
        Map<String, String> options = new LinkedHashMap<>();
        for (JsonNode option : card.path("options")) {
            String name = text(option, "name");
            String value = text(option, "value");
            if (name != null && value != null) {
                options.put(name, value);
            }
        }
        boolean hasComposition = options.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT)
                .contains("состав"));
        if (!hasComposition && card.path("compositions").isArray() && card.path("compositions").size() > 0) {
            StringBuilder c = new StringBuilder();
            for (JsonNode part : card.path("compositions")) {
                String name = text(part, "name");
                if (name != null) {
                    c.append(c.length() == 0 ? "" : ", ").append(name);
                }
            }
            if (c.length() > 0) {
                options.put("Состав", c.toString());
            }
        }
        String subject = text(card, "subj_name");
        String root = text(card, "subj_root_name");
        String category = root != null && subject != null ? root + " > " + subject : subject != null ? subject : root;
        return new ProductCard(nmId, text(card, "imt_name"), text(card.path("selling"), "brand_name"), category,
                text(card, "description"), options);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
