package ru.agentiq.core.draft;

import java.util.Optional;
import ru.agentiq.core.interaction.Interaction;

/**
 * Port: one paragraph about the buyer of an interaction for the prompt (seed §h.5 format, e.g. {@code Клиент: Анна.
 * Обращений: 3. Средний рейтинг: 4.3.}). Customer profiles implement it ({@code profiles::draftContext} wrapped in an
 * {@code Optional}). Called only for interactions with a customer id.
 */
@FunctionalInterface
public interface CustomerContextSource {

    Optional<String> context(Interaction interaction);

    static CustomerContextSource none() {
        return interaction -> Optional.empty();
    }
}
