package ru.agentiq.benchmarks.wb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemorySyncCursorStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.memory.InMemorySyncStatusStore;
import ru.agentiq.core.sync.SyncOptions;
import ru.agentiq.core.sync.SyncReport;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.auth.InMemoryCredentialStore;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.normalize.WbNormalizer;
import ru.agentiq.wb.sync.WbInteractionFeed;

/**
 * Load driver (not JMH: it runs in real time): a fake WB on 127.0.0.1 that enforces WB's Feedbacks-and-Questions
 * bucket (burst 6, 3 requests/s, continuous refill; over it: 429 with {@code X-Ratelimit-Retry},
 * {@code X-Ratelimit-Limit}, {@code X-Ratelimit-Reset}) serving 20,000 feedbacks (10,000 unanswered, 10,000 answered),
 * and a full {@code SyncService} run of the review channel through the real connector (HTTP, Bucket4j budget,
 * normalisation, in-memory ingestion).
 *
 * <p>Reports requests, 429s, elapsed time and the achieved share of the allowed request rate:
 * {@code requests / (burst + 3 × elapsed seconds)}. Target: ≥ 95 % with zero 429s. The seed's limiter (30/min plus
 * 0.5 s between pages) allowed at most 0.5 requests/s, a sixth of WB's 3/s.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -cp agentiq-benchmarks/target/benchmarks.jar ru.agentiq.benchmarks.wb.WbRateLoadDriver [feedbacks] [pageSize]}
 * (defaults 20000 and 100: 200 requests, about 65 s).
 */
public final class WbRateLoadDriver {

    static final int BURST = 6;
    static final double RATE = 3.0;

    private final int perListing;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private double tokens = BURST;
    private long last = System.nanoTime();

    private WbRateLoadDriver(int perListing) {
        this.perListing = perListing;
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        WbRateLoadDriver driver = new WbRateLoadDriver(total / 2);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/api/v1/feedbacks", driver::handle);
        server.start();
        try {
            driver.run(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), pageSize, total);
        } finally {
            server.stop(0);
        }
    }

    private void run(URI base, int pageSize, int total) {
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        SellerId seller = SellerId.of(1);
        credentials.save(seller, WbToken.of("load-driver-token"));
        WbConnector connector = WbConnector.builder(credentials)
                .config(WbConfig.builder().baseUri(base.toString()).verifyToken(false).build()).build();
        InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
        SyncService sync = SyncService.builder(new WbInteractionFeed(connector::seller, new WbNormalizer(),
                        EnumSet.of(Channel.REVIEW)), repository)
                .cursors(new InMemorySyncCursorStore()).statuses(new InMemorySyncStatusStore())
                .lock(new InMemorySyncLock(Clock.systemUTC())).clock(Clock.systemUTC()).build();
        long started = System.nanoTime();
        SyncReport report = sync.sync(seller, SyncOptions.builder().pageSize(pageSize)
                .maxItemsPerPass(Math.max(perListing, 1)).build());
        double seconds = (System.nanoTime() - started) / 1e9;
        int made = requests.get();
        double allowed = BURST + RATE * seconds;
        System.out.printf("WB rate load driver: %d feedbacks, page size %d%n", total, pageSize);
        System.out.printf("sync: %s, created %d, fetched %d%n", report.succeeded() ? "ok" : "FAILED "
                + report.status().lastError(), report.created(), report.fetched());
        System.out.printf("requests %d, 429s %d, elapsed %.2f s, achieved %.3f req/s of %.1f allowed%n", made,
                refused.get(), seconds, made / seconds, RATE);
        System.out.printf("share of the allowed requests (burst %d + %.0f/s × elapsed): %.1f %%%n", BURST, RATE,
                100.0 * made / allowed);
        System.out.printf("target >= 95 %% with zero 429s: %s%n",
                made / allowed >= 0.95 && refused.get() == 0 && report.succeeded() ? "MET" : "NOT MET");
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        double wait;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(BURST, tokens + (now - last) / 1e9 * RATE);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                wait = 0;
            } else {
                wait = (1 - tokens) / RATE;
            }
        }
        if (wait > 0) {
            refused.incrementAndGet();
            exchange.getResponseHeaders().add("X-Ratelimit-Retry", Long.toString((long) Math.ceil(wait)));
            exchange.getResponseHeaders().add("X-Ratelimit-Limit", Integer.toString(BURST));
            exchange.getResponseHeaders().add("X-Ratelimit-Reset", Long.toString((long) Math.ceil(BURST / RATE)));
            send(exchange, 429, "{\"title\":\"too many requests\",\"status\":429}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        boolean answered = Boolean.parseBoolean(query.get("isAnswered"));
        int skip = Integer.parseInt(query.getOrDefault("skip", "0"));
        int take = Integer.parseInt(query.getOrDefault("take", "100"));
        int count = Math.max(0, Math.min(take, perListing - skip));
        byte[] body = FeedbackPages.page(answered ? "a-" : "u-", skip, count, answered);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, 200, body);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

}
