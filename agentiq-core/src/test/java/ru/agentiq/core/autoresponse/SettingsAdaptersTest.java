package ru.agentiq.core.autoresponse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryAutoResponseSettings;
import ru.agentiq.core.memory.InMemoryDraftSettings;

class SettingsAdaptersTest {

    private static final SellerId SELLER = SellerId.of(3);

    @Test
    void autoResponseSettingsDefaultOffAndKeepTheSandboxFlagAcrossPresets() {
        InMemoryAutoResponseSettings settings = new InMemoryAutoResponseSettings();
        assertThat(settings.settings(SELLER).config().enabled()).isFalse();

        settings.sandbox(SELLER, true);
        settings.applyPreset(SELLER, AutoResponseConfig.Preset.BALANCED);

        assertThat(settings.settings(SELLER).sandbox()).isTrue();
        assertThat(settings.settings(SELLER).config().enabled()).isTrue();
        assertThat(settings.settings(SellerId.of(4)).sandbox()).isFalse();
    }

    @Test
    void draftSettingsChangeAtRunTimeAndParseTheSeedsFlags() {
        InMemoryDraftSettings settings = new InMemoryDraftSettings();
        settings.put(SELLER, DraftSettings.defaults().withTone(Tone.FRIENDLY).withLlm(false, "deepseek", "x"));
        assertThat(settings.settings(SELLER).tone()).isEqualTo(Tone.FRIENDLY);
        assertThat(settings.settings(SELLER).llmEnabled()).isFalse();
        settings.reset(SELLER);
        assertThat(settings.settings(SELLER)).isEqualTo(DraftSettings.defaults());

        assertThat(DraftSettings.parseEnabled(" YES ", false)).isTrue();
        assertThat(DraftSettings.parseEnabled("off", true)).isFalse();
        assertThat(DraftSettings.parseEnabled("maybe", true)).isTrue();
        assertThat(DraftSettings.parseEnabled(null, false)).isFalse();
    }
}
