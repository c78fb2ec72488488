package ru.agentiq.core.draft;

import java.util.Optional;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: one paragraph about a buyer for the prompt (seed §h.5 format, e.g. {@code Клиент: Анна. Обращений: 3. Средний
 * рейтинг: 4.3.}). Customer profiles implement it.
 */
@FunctionalInterface
public interface CustomerContextSource {

    Optional<String> context(SellerId sellerId, String customerId);

    static CustomerContextSource none() {
        return (seller, customer) -> Optional.empty();
    }
}
