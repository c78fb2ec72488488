package ru.agentiq.core.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SyncCursorStore;

/** Thread-safe {@link SyncCursorStore} in the heap. */
public final class InMemorySyncCursorStore implements SyncCursorStore {

    private record Key(SellerId sellerId, Channel channel) {
    }

    private final Map<Key, Instant> watermarks = new ConcurrentHashMap<>();
    private final Map<Key, String> cursors = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> watermark(SellerId sellerId, Channel channel) {
        return Optional.ofNullable(watermarks.get(new Key(sellerId, channel)));
    }

    @Override
    public void saveWatermark(SellerId sellerId, Channel channel, Instant watermark) {
        watermarks.put(new Key(sellerId, channel), Checks.required(watermark, "watermark"));
    }

    @Override
    public Optional<String> cursor(SellerId sellerId, Channel channel) {
        return Optional.ofNullable(cursors.get(new Key(sellerId, channel)));
    }

    @Override
    public void saveCursor(SellerId sellerId, Channel channel, String cursor) {
        if (cursor != null && !cursor.isBlank()) {
            cursors.put(new Key(sellerId, channel), cursor.strip());
        }
    }
}
