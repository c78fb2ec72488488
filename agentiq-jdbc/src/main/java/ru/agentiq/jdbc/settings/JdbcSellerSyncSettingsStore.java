package ru.agentiq.jdbc.settings;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SellerSyncSettingsStore;
import ru.agentiq.core.sync.SyncService;

/**
 * {@link SellerSyncSettingsStore} on {@code runtime_settings}, namespace {@value #NAMESPACE}
 * ({@code reply_pending_window_minutes}).
 *
 * <p>Reads throw {@link UnreadableSettingsException} when the stored document cannot be read back.
 */
public final class JdbcSellerSyncSettingsStore implements SellerSyncSettingsStore {

    public static final String NAMESPACE = "general_settings_v1";

    private final SettingsDocument<Integer> document;

    /** @param cacheTtl how long a read is reused; {@link Duration#ZERO} reads the database every time */
    public JdbcSellerSyncSettingsStore(JdbcRuntimeSettings store, Clock clock, Duration cacheTtl) {
        this.document = new SettingsDocument<>(Checks.required(store, "store"), NAMESPACE, null,
                SettingsJson::general, SettingsJson::general, Checks.required(clock, "clock"),
                Checks.required(cacheTtl, "cacheTtl"));
    }

    @Override
    public void setReplyPendingWindowMinutes(SellerId sellerId, int minutes) {
        Checks.required(sellerId, "sellerId");
        SyncService.checkReplyPendingWindow(Duration.ofMinutes(minutes));
        document.put(sellerId, minutes);
    }

    @Override
    public OptionalInt replyPendingWindowMinutes(SellerId sellerId) {
        Integer minutes = document.get(sellerId);
        return minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes);
    }

    @Override
    public void reset(SellerId sellerId) {
        document.reset(sellerId);
    }
}
