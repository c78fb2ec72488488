package ru.agentiq.wb.cards;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.draft.ProductCard;
import ru.agentiq.wb.WbConnectionException;

class WbProductCardCatalogTest {

    private static WireMockServer server;
    private WbProductCardCatalog catalog;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        catalog = new WbProductCardCatalog("http://127.0.0.1:" + server.port() + "/basket-%s", Duration.ofSeconds(2));
    }

    @Test
    void basketsFollowTheVolBounds() {
        assertThat(WbProductCardCatalog.basket(14_399_999L)).isEqualTo("01");
        assertThat(WbProductCardCatalog.basket(14_400_000L)).isEqualTo("02");
        assertThat(WbProductCardCatalog.basket(184_523_307L)).isEqualTo("12");
        assertThat(WbProductCardCatalog.basket(456_599_999L)).isEqualTo("25");
        assertThat(WbProductCardCatalog.basket(456_600_000L)).isEqualTo("26");
        assertThat(catalog.cardUri(184_523_307L).getPath())
                .isEqualTo("/basket-12/vol1845/part184523/184523307/info/ru/card.json");
    }

    @Test
    void readsTheCardWithCompositionWhenNoOptionNamesIt() {
        server.stubFor(get(urlEqualTo("/basket-12/vol1845/part184523/184523307/info/ru/card.json"))
                .willReturn(aResponse().withStatus(200).withBody("""
                        {"imt_name":"Джинсы slim fit","subj_name":"Джинсы","subj_root_name":"Одежда",
                         "description":"Классические джинсы","selling":{"brand_name":"Denim Co"},
                         "options":[{"name":"Цвет","value":"синий"},{"name":"Посадка","value":"slim"}],
                         "compositions":[{"name":"хлопок 98%"},{"name":"эластан 2%"}]}
                        """)));

        ProductCard card = catalog.find("184523307").orElseThrow();

        assertThat(card.name()).isEqualTo("Джинсы slim fit");
        assertThat(card.brand()).isEqualTo("Denim Co");
        assertThat(card.category()).isEqualTo("Одежда > Джинсы");
        assertThat(card.options()).containsEntry("Состав", "хлопок 98%, эластан 2%").containsEntry("Цвет", "синий");
        assertThat(card.context()).startsWith("Товар: Джинсы slim fit. Бренд: Denim Co.");
    }

    @Test
    void aMissingCardOrABadArticleIsEmptyAServerErrorThrows() {
        server.stubFor(get(urlEqualTo("/basket-01/vol0/part1/1234/info/ru/card.json"))
                .willReturn(aResponse().withStatus(404)));
        assertThat(catalog.find("1234")).isEmpty();
        assertThat(catalog.find("JNS-32")).isEmpty();

        server.stubFor(get(urlEqualTo("/basket-01/vol0/part5/5678/info/ru/card.json"))
                .willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> catalog.find("5678")).isInstanceOf(WbConnectionException.class)
                .hasMessageContaining("503");
    }

    @Test
    void malformedJsonIsNoCard() {
        server.stubFor(get(urlEqualTo("/basket-01/vol0/part9/9999/info/ru/card.json"))
                .willReturn(aResponse().withStatus(200).withBody("{\"imt_name\":")));
        assertThat(catalog.find("9999")).isEmpty();
    }
}
