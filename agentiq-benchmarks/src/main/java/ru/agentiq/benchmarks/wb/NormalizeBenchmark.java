package ru.agentiq.benchmarks.wb;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.wb.feedbacks.Feedback;
import ru.agentiq.wb.feedbacks.FeedbackList;
import ru.agentiq.wb.internal.WbJson;
import ru.agentiq.wb.internal.WbResponse;
import ru.agentiq.wb.internal.WbSession;
import ru.agentiq.wb.normalize.WbNormalizer;

/**
 * Normalising a WB feedback page — the sync's hot path without the network: bind the response body (envelope, 29
 * fields per feedback, unknown fields kept) and build a validated {@code InteractionData} with its extra data per
 * item — against a bare Jackson tree parse ({@code ObjectMapper.readTree}) of the same bytes, in the same run.
 * Target: normalisation ≤ 1.5 × the tree parse.
 *
 * <p>Workload: one page of {@code pageSize} feedbacks in the Aug-2026 shape (~1.1 KB each, Russian texts, half with
 * cons, a photo, tags). Scores are per page (µs/op); items/s = pageSize / score.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar NormalizeBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeBenchmark {

    private static final SellerId SELLER = SellerId.of(1);
    private static final JavaType LIST = WbJson.mapper().constructType(FeedbackList.class);

    @Param({"100", "1000"})
    int pageSize;

    private byte[] body;
    private WbResponse response;
    private final WbNormalizer normalizer = new WbNormalizer();

    @Setup
    public void setUp() {
        body = FeedbackPages.page("fb-", 0, pageSize, false);
        response = new WbResponse(200, HttpHeaders.of(Map.of(), (a, b) -> true), body, "GET /api/v1/feedbacks");
    }

    /** Baseline: Jackson's tree of the page, nothing else. */
    @Benchmark
    public JsonNode treeParse() throws IOException {
        return WbJson.mapper().readTree(body);
    }

    /** The connector's path: typed binding of the envelope and feedbacks, then normalisation of every item. */
    @Benchmark
    public List<InteractionData> normalizePage() {
        FeedbackList list = WbSession.fqData(response, LIST);
        List<InteractionData> items = new ArrayList<>(list.feedbacks().size());
        for (Feedback f : list.feedbacks()) {
            items.add(normalizer.feedback(SELLER, f, false));
        }
        return items;
    }

    /** The binding alone, to show where the time goes. */
    @Benchmark
    public FeedbackList bindOnly() {
        return WbSession.fqData(response, LIST);
    }
}
