package ru.agentiq.cli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;

class InteractionJsonTest {

    @Test
    void rejectsAMissingSellerWithTheFieldName() throws Exception {
        var node = Json.mapper().readTree("{\"id\":1,\"channel\":\"chat\",\"external_id\":\"c1\"}");

        assertThatThrownBy(() -> InteractionJson.fromJson(node))
                .isInstanceOf(ValidationException.class)
                .hasMessage("seller_id is required");
    }

    @Test
    void rejectsAnUnparseableInstant() throws Exception {
        var node = Json.mapper().readTree(
                "{\"id\":1,\"seller_id\":1,\"channel\":\"chat\",\"external_id\":\"c1\",\"occurred_at\":\"вчера\"}");

        assertThatThrownBy(() -> InteractionJson.fromJson(node))
                .hasMessage("occurred_at must be an ISO-8601 instant, was 'вчера'");
    }

    @Test
    void appliesModelValidationToReadValues() throws Exception {
        var node = Json.mapper().readTree(
                "{\"id\":1,\"seller_id\":1,\"channel\":\"review\",\"external_id\":\"r1\",\"rating\":9}");

        assertThatThrownBy(() -> InteractionJson.fromJson(node)).hasMessage("rating must be 1..5, was 9");
    }

    @Test
    void fillsSeedDefaultsForOmittedFields() throws Exception {
        var node = Json.mapper().readTree("{\"id\":5,\"seller_id\":3,\"channel\":\"question\",\"external_id\":\"q\"}");

        var interaction = InteractionJson.fromJson(node);

        assertThat(interaction.data().priority().wire()).isEqualTo("normal");
        assertThat(interaction.data().needsResponse()).isTrue();
        assertThat(interaction.data().source().wire()).isEqualTo("wb_api");
    }
}
