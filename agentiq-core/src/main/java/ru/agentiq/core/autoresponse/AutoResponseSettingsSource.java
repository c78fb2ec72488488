package ru.agentiq.core.autoresponse;

import ru.agentiq.core.interaction.SellerId;

/** Port: a seller's auto-response settings. May throw when the store is unreadable; the pipeline then skips. */
@FunctionalInterface
public interface AutoResponseSettingsSource {

    AutoResponseSettings settings(SellerId sellerId);
}
