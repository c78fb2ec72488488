package ru.agentiq.core.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * The link candidates of one seller's interactions on one marketplace, kept current as interactions arrive. Pairs are
 * never compared all against all: candidates come from <em>blocks</em> — interactions sharing the order id, the
 * customer id, the nmID, the seller article, or the nmID together with the normalised buyer name — and within each
 * block only from the nearest in time.
 *
 * <p>The candidate pool of an interaction {@code a} is the union, over the blocks {@code a} belongs to, of the first
 * {@link LinkingConfig#blockNeighbours()} block members that
 * <ul>
 *   <li>are on a different channel than {@code a}, and</li>
 *   <li>for the product blocks (nmID, article, nmID + name), have a known occurrence time at most
 *       {@link LinkingConfig#productWindow()} away from {@code a}'s (so a product-only link needs known times),</li>
 * </ul>
 * taken in order of time distance (unknown distances last), then newest id first. Every pool member is scored by
 * {@link LinkScorer}; those below {@link LinkingConfig#dropThreshold()} are dropped and the best
 * {@link LinkingConfig#maxCandidates()} kept — confidence descending, then nearest in time, then newest id.
 *
 * <p>Cost: a full computation sorts once and then does a bounded amount of work per interaction, O(N log N) overall
 * however skewed the products are. {@link #upsert(Interaction)} touches only the blocks of the interaction: it
 * computes its candidates, then refreshes exactly the interactions whose pool the newcomer entered (the reciprocal
 * refresh), most of them by merging one scored pair into their list.
 *
 * <p>Thread-safe: every method holds the index's lock, and a full computation may use several threads inside it.
 */
public final class LinkIndex {

    static final int ORDER_BLOCK = 0;
    static final int CUSTOMER_BLOCK = 1;
    static final int NM_BLOCK = 2;
    static final int ARTICLE_BLOCK = 3;
    static final int NM_NAME_BLOCK = 4;
    static final int KINDS = 5;

    private static final long UNKNOWN = LinkFeatures.UNKNOWN_TIME;
    private static final long[] NO_TOP = new long[0];
    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];
    private static final byte[] NO_BYTES = new byte[0];
    private static final int CHANNELS = Channel.values().length;
    private static final int CHUNK = 512;

    private final SellerId sellerId;
    private final Marketplace marketplace;
    private final LinkingConfig config;
    private final LinkScorer scorer;
    private final int neighbours;
    private final int maxCandidates;
    private final int dropMillis;
    private final long windowMillis;
    private final int enabled;
    /** The heavier overlap signal if enabled: an upper bound of what word overlap can add. */
    private final int overlapBound;

    private final Interner tokenIds = new Interner();
    private final Interner nameIds = new Interner();
    private final Interner[] keyIds = new Interner[KINDS];
    private final List<List<Block>> blocks = new ArrayList<>(KINDS);

    private Row[] rows = new Row[64];
    private int rowCount;
    private int live;
    private final LongIntMap rowById = new LongIntMap(64);
    private final Scratch serial;

    private LinkIndex(SellerId sellerId, Marketplace marketplace, LinkingConfig config) {
        this.sellerId = Checks.required(sellerId, "sellerId");
        this.marketplace = Checks.required(marketplace, "marketplace");
        this.config = Checks.required(config, "config");
        this.scorer = new LinkScorer(config);
        this.neighbours = config.blockNeighbours();
        this.maxCandidates = config.maxCandidates();
        this.dropMillis = config.dropThresholdMillis();
        this.windowMillis = config.productWindow().toMillis();
        this.enabled = scorer.enabledMask();
        this.overlapBound = config.weight(LinkSignal.SEMANTIC_OVERLAP_HIGH)
                >= config.weight(LinkSignal.SEMANTIC_OVERLAP_MEDIUM) ? enabled & LinkScorer.SEM_HIGH
                : enabled & LinkScorer.SEM_MEDIUM;
        this.serial = new Scratch();
        for (int k = 0; k < KINDS; k++) {
            keyIds[k] = new Interner();
            blocks.add(new ArrayList<>());
        }
    }

    /** An empty index for one seller and marketplace. */
    public static LinkIndex create(SellerId sellerId, Marketplace marketplace, LinkingConfig config) {
        return new LinkIndex(sellerId, marketplace, config);
    }

    /**
     * An index holding {@code interactions}, with every interaction's candidates computed, using up to
     * {@code parallelism} threads.
     *
     * @throws ValidationException when an interaction belongs to another seller or marketplace, or an id repeats
     */
    public static LinkIndex build(SellerId sellerId, Marketplace marketplace, LinkingConfig config,
            Collection<Interaction> interactions, int parallelism) {
        Checks.required(interactions, "interactions");
        Checks.inRange(parallelism, 1, 256, "parallelism");
        LinkIndex index = new LinkIndex(sellerId, marketplace, config);
        ForkJoinPool pool = parallelism > 1 ? new ForkJoinPool(parallelism) : null;
        try {
            synchronized (index) {
                index.bulkLoad(new ArrayList<>(interactions), pool);
                index.linkRows(0, index.rowCount, pool);
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return index;
    }

    /** {@link #build(SellerId, Marketplace, LinkingConfig, Collection, int)} on all available processors. */
    public static LinkIndex build(SellerId sellerId, Marketplace marketplace, LinkingConfig config,
            Collection<Interaction> interactions) {
        return build(sellerId, marketplace, config, interactions, Runtime.getRuntime().availableProcessors());
    }

    public SellerId sellerId() {
        return sellerId;
    }

    public Marketplace marketplace() {
        return marketplace;
    }

    public LinkingConfig config() {
        return config;
    }

    /** Interactions currently indexed. */
    public synchronized int size() {
        return live;
    }

    public synchronized boolean contains(InteractionId id) {
        return id != null && rowById.get(id.value()) >= 0;
    }

    /**
     * The current candidates of {@code id}, best first.
     *
     * @throws InteractionNotFoundException when {@code id} is not indexed
     */
    public synchronized List<LinkCandidate> candidates(InteractionId id) {
        Checks.required(id, "id");
        int at = rowById.get(id.value());
        if (at < 0) {
            throw new InteractionNotFoundException(sellerId, id);
        }
        return candidatesOf(rows[at]);
    }

    /**
     * Adds {@code interaction}, or replaces the indexed version of it, and refreshes every link this changes. An
     * interaction whose linking features (channel, references, time, name, words) did not change is a no-op.
     *
     * @throws ValidationException when it belongs to another seller or marketplace
     */
    public synchronized LinkUpdate upsert(Interaction interaction) {
        Checks.required(interaction, "interaction");
        checkScope(interaction);
        InteractionId id = interaction.id();
        int existing = rowById.get(id.value());
        Row fresh = newRow(rowCount, interaction);
        Map<Integer, long[]> touched = new LinkedHashMap<>();
        if (existing >= 0) {
            Row old = rows[existing];
            if (old.sameFeatures(fresh)) {
                return LinkUpdate.unchanged(id);
            }
            remove(old, touched);
        }
        add(fresh, touched);
        Map<InteractionId, List<LinkCandidate>> changed = new LinkedHashMap<>();
        changed.put(id, candidatesOf(fresh));
        touched.forEach((idx, before) -> {
            Row x = rows[idx];
            if (x.alive && x != fresh && !sameTop(before, x.top)) {
                changed.put(x.id, candidatesOf(x));
            }
        });
        return new LinkUpdate(id, changed);
    }

    @Override
    public String toString() {
        return "LinkIndex{seller=" + sellerId + ", marketplace=" + marketplace.wire() + ", size=" + live + '}';
    }

    // ---- bulk computation (used by build and LinkRecomputer) ----

    /** Loads interactions into an empty index without computing links. Caller holds the lock. */
    void bulkLoad(List<Interaction> items, ForkJoinPool pool) {
        if (rowCount != 0) {
            throw new IllegalStateException("bulkLoad needs an empty index");
        }
        for (Interaction i : items) {
            checkScope(Checks.required(i, "interaction"));
        }
        int n = items.size();
        Row[] created = new Row[n];
        run(pool, n, (from, to) -> {
            for (int i = from; i < to; i++) {
                created[i] = newRow(i, items.get(i));
            }
        });
        // Rows are numbered in product-then-time order, which the garbage collector keeps when it copies them: the
        // members of a block, and so the neighbours an interaction is compared with, sit close together in memory.
        sortForLocality(created);
        ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            Row r = created[i];
            r.idx = i;
            if (rowById.get(r.idValue) >= 0) {
                throw new ValidationException("interaction " + r.id + " appears more than once");
            }
            rowById.put(r.idValue, i);
            rows[i] = r;
        }
        rowCount = n;
        live = n;
        fillBlocks(created);
    }

    /** Computes the candidates of rows {@code from..to-1}. Caller holds the lock. */
    void linkRows(int from, int to, ForkJoinPool pool) {
        run(pool, to - from, (a, b) -> {
            Scratch s = new Scratch();
            for (int i = from + a; i < from + b; i++) {
                Row r = rows[i];
                if (r.alive) {
                    r.top = computeTop(r, s);
                }
            }
        });
    }

    int rowCount() {
        return rowCount;
    }

    /** The interaction id of row {@code idx}, or null when that row was replaced. */
    InteractionId rowId(int idx) {
        Row r = rows[idx];
        return r.alive ? r.id : null;
    }

    List<LinkCandidate> rowCandidates(int idx) {
        return candidatesOf(rows[idx]);
    }

    /** Runs {@code task} over {@code 0..n-1} in chunks, in parallel on {@code pool} when there is one. */
    private static void run(ForkJoinPool pool, int n, RangeTask task) {
        if (n <= 0) {
            return;
        }
        if (pool == null || n <= CHUNK) {
            task.run(0, n);
            return;
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        pool.submit(() -> IntStream.range(0, chunks).parallel()
                .forEach(c -> task.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK)))).join();
    }

    @FunctionalInterface
    private interface RangeTask {
        void run(int from, int to);
    }

    /** Fills the blocks from rows in {@link #sortForLocality} order. */
    private void fillBlocks(Row[] sorted) {
        for (int k = 0; k < KINDS; k++) {
            int count = keyIds[k].size();
            int[] knownCount = new int[count];
            int[] unknownCount = new int[count];
            for (Row r : sorted) {
                int bid = r.blockIds[k];
                if (bid >= 0) {
                    if (r.time != UNKNOWN) {
                        knownCount[bid]++;
                    } else {
                        unknownCount[bid]++;
                    }
                }
            }
            List<Block> list = blocks.get(k);
            for (int b = 0; b < count; b++) {
                Block block = new Block();
                block.allocateKnown(knownCount[b]);
                block.unknown = unknownCount[b] == 0 ? NO_INTS : new int[unknownCount[b]];
                list.add(block);
            }
            for (Row r : sorted) {
                int bid = r.blockIds[k];
                if (bid >= 0) {
                    Block block = list.get(bid);
                    if (r.time != UNKNOWN) {
                        block.appendKnown(r);
                    } else {
                        block.unknown[block.unknownSize++] = r.idx;
                    }
                }
            }
            // Product blocks come out in (time, id) order already; order and customer blocks span products.
            for (Block block : list) {
                block.sortKnown(rows);
                sortUnknown(block);
            }
        }
    }

    private void sortUnknown(Block b) {
        for (int i = 1; i < b.unknownSize; i++) {
            int v = b.unknown[i];
            long id = rows[v].idValue;
            int j = i - 1;
            while (j >= 0 && rows[b.unknown[j]].idValue < id) {
                b.unknown[j + 1] = b.unknown[j];
                j--;
            }
            b.unknown[j + 1] = v;
        }
    }

    /** Sorts by nmID (any fixed order of products), then (time, id): a counting sort, then one sort per product. */
    private void sortForLocality(Row[] all) {
        int products = keyIds[NM_BLOCK].size() + 1;
        int[] start = new int[products + 1];
        for (Row r : all) {
            start[r.nm + 2]++;
        }
        for (int p = 1; p <= products; p++) {
            start[p] += start[p - 1];
        }
        Row[] sorted = new Row[all.length];
        int[] next = Arrays.copyOf(start, products);
        for (Row r : all) {
            sorted[next[r.nm + 1]++] = r;
        }
        for (int p = 0; p < products; p++) {
            if (start[p + 1] - start[p] > 1) {
                Arrays.sort(sorted, start[p], start[p + 1], LinkIndex::compareKnown);
            }
        }
        System.arraycopy(sorted, 0, all, 0, all.length);
    }

    // ---- incremental maintenance ----

    private void add(Row n, Map<Integer, long[]> touched) {
        ensureCapacity(rowCount + 1);
        rows[rowCount++] = n;
        rowById.put(n.idValue, n.idx);
        live++;
        insertIntoBlocks(n);
        n.top = computeTop(n, serial);

        // Who has the newcomer among their first `neighbours` in a shared block? Only they can change.
        Map<Integer, int[]> displacedBy = new LinkedHashMap<>();
        IntList superset = new IntList();
        for (int k = 0; k < KINDS; k++) {
            int bid = n.blockIds[k];
            if (bid < 0) {
                continue;
            }
            Block block = blocks.get(k).get(bid);
            superset.clear();
            scanAffected(n, k, block, superset);
            for (int i = 0; i < superset.size; i++) {
                Row x = rows[superset.items[i]];
                gather(x, block, k >= NM_BLOCK, neighbours + 1, serial);
                int rank = -1;
                for (int g = 0; g < Math.min(neighbours, serial.gSize); g++) {
                    if (serial.gIdx[g] == n.idx) {
                        rank = g;
                        break;
                    }
                }
                if (rank < 0) {
                    continue;
                }
                int displaced = serial.gSize > neighbours ? serial.gIdx[neighbours] : -1;
                int[] list = displacedBy.get(x.idx);
                if (list == null) {
                    displacedBy.put(x.idx, displaced < 0 ? NO_INTS : new int[] {displaced});
                } else if (displaced >= 0) {
                    int[] grown = Arrays.copyOf(list, list.length + 1);
                    grown[list.length] = displaced;
                    displacedBy.put(x.idx, grown);
                }
            }
        }
        displacedBy.forEach((xi, displaced) -> {
            Row x = rows[xi];
            touched.putIfAbsent(xi, x.top);
            boolean lostACandidate = false;
            for (int d : displaced) {
                lostACandidate |= topContains(x.top, d);
            }
            // A displaced pool member that was a kept candidate leaves a hole only a full recomputation can fill.
            x.top = lostACandidate ? computeTop(x, serial) : merge(x, n);
        });
    }

    private void remove(Row r, Map<Integer, long[]> touched) {
        IntList superset = new IntList();
        for (int k = 0; k < KINDS; k++) {
            int bid = r.blockIds[k];
            if (bid >= 0) {
                scanAffected(r, k, blocks.get(k).get(bid), superset);
            }
        }
        removeFromBlocks(r);
        r.alive = false;
        r.top = NO_TOP;
        rowById.remove(r.idValue);
        live--;
        for (int i = 0; i < superset.size; i++) {
            Row x = rows[superset.items[i]];
            if (x.alive && !touched.containsKey(x.idx)) {
                touched.put(x.idx, x.top);
                x.top = computeTop(x, serial);
            }
        }
    }

    /**
     * Adds to {@code out} a superset of the block members whose first {@code neighbours} pool members in this block
     * include {@code n}: walking away from {@code n} in time, a member stops qualifying once at least
     * {@code neighbours} of its eligible members lie strictly between it and {@code n}.
     */
    private void scanAffected(Row n, int kind, Block b, IntList out) {
        boolean windowed = kind >= NM_BLOCK;
        if (n.time == UNKNOWN) {
            // n sorts after every known distance: only members with fewer than `neighbours` of those can take it.
            for (int i = 0; i < b.knownSize; i++) {
                if (b.radius[i] == Long.MAX_VALUE) {
                    addIfOtherChannel(n, b.known[i], out);
                }
            }
            for (int i = 0; i < b.unknownSize; i++) {
                addIfOtherChannel(n, b.unknown[i], out);
            }
            return;
        }
        int p = position(b, n);
        int[] passed = new int[CHANNELS];
        for (int dir = -1; dir <= 1; dir += 2) {
            Arrays.fill(passed, 0);
            int total = 0;
            for (int i = p + dir; i >= 0 && i < b.knownSize; i += dir) {
                long time = b.times[i];
                int ch = b.chs[i];
                if (windowed && Math.abs(time - n.time) > windowMillis) {
                    break;
                }
                if (saturated(passed, total, n.ch)) {
                    break;
                }
                if (ch != n.ch && total - passed[ch] < neighbours && Math.abs(time - n.time) <= b.radius[i]) {
                    out.add(b.known[i]);
                }
                if (time != n.time) {
                    passed[ch]++;
                    total++;
                }
            }
        }
        if (!windowed) {
            for (int i = 0; i < b.unknownSize; i++) {
                addIfOtherChannel(n, b.unknown[i], out);
            }
        }
    }

    private void addIfOtherChannel(Row n, int idx, IntList out) {
        if (idx != n.idx && rows[idx].ch != n.ch) {
            out.add(idx);
        }
    }

    private boolean saturated(int[] passed, int total, int excludedChannel) {
        for (int ch = 0; ch < CHANNELS; ch++) {
            if (ch != excludedChannel && total - passed[ch] < neighbours) {
                return false;
            }
        }
        return true;
    }

    /** {@code x}'s kept candidates with {@code n} merged in, if it scores high enough. */
    private long[] merge(Row x, Row n) {
        int mask = mask(x, n);
        int conf = scorer.confidenceOf(mask);
        if (conf < dropMillis) {
            return x.top;
        }
        long gap = LinkFeatures.gap(x.time, n.time);
        long[] top = x.top;
        int pos = 0;
        while (pos < top.length) {
            Row c = rows[(int) (top[pos] >>> 16)];
            int cConf = scorer.confidenceOf((int) (top[pos] & 0xFFFF));
            if (better(conf, gap, n.idValue, cConf, LinkFeatures.gap(x.time, c.time), c.idValue)) {
                break;
            }
            pos++;
        }
        if (pos >= maxCandidates) {
            return top;
        }
        int size = Math.min(maxCandidates, top.length + 1);
        long[] merged = new long[size];
        System.arraycopy(top, 0, merged, 0, pos);
        merged[pos] = pack(n.idx, mask);
        System.arraycopy(top, pos, merged, pos + 1, size - pos - 1);
        return merged;
    }

    private static boolean topContains(long[] top, int idx) {
        for (long entry : top) {
            if ((int) (entry >>> 16) == idx) {
                return true;
            }
        }
        return false;
    }

    /** Same candidates with the same evidence, comparing interaction ids (row numbers change on replacement). */
    private boolean sameTop(long[] a, long[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & 0xFFFF) != (b[i] & 0xFFFF)
                    || rows[(int) (a[i] >>> 16)].idValue != rows[(int) (b[i] >>> 16)].idValue) {
                return false;
            }
        }
        return true;
    }

    private void insertIntoBlocks(Row r) {
        for (int k = 0; k < KINDS; k++) {
            int bid = r.blockIds[k];
            if (bid < 0) {
                continue;
            }
            List<Block> list = blocks.get(k);
            while (list.size() <= bid) {
                list.add(new Block());
            }
            Block b = list.get(bid);
            if (r.time != UNKNOWN) {
                b.insertKnown(-position(b, r) - 1, r);
            } else {
                int pos = 0;
                while (pos < b.unknownSize && rows[b.unknown[pos]].idValue > r.idValue) {
                    pos++;
                }
                b.unknown = insertAt(b.unknown, b.unknownSize++, pos, r.idx);
            }
        }
    }

    private void removeFromBlocks(Row r) {
        for (int k = 0; k < KINDS; k++) {
            int bid = r.blockIds[k];
            if (bid < 0) {
                continue;
            }
            Block b = blocks.get(k).get(bid);
            if (r.time != UNKNOWN) {
                b.removeKnown(position(b, r));
            } else {
                int pos = 0;
                while (b.unknown[pos] != r.idx) {
                    pos++;
                }
                System.arraycopy(b.unknown, pos + 1, b.unknown, pos, b.unknownSize - pos - 1);
                b.unknownSize--;
            }
        }
    }

    private static int[] insertAt(int[] array, int size, int pos, int value) {
        int[] target = array;
        if (size == array.length) {
            target = Arrays.copyOf(array, Math.max(4, size + (size >> 1) + 1));
        }
        System.arraycopy(target, pos, target, pos + 1, size - pos);
        target[pos] = value;
        return target;
    }

    // ---- candidate computation ----

    private long[] computeTop(Row a, Scratch s) {
        s.beginAnchor();
        for (int k = 0; k < KINDS; k++) {
            int bid = a.blockIds[k];
            if (bid < 0) {
                continue;
            }
            gather(a, blocks.get(k).get(bid), k >= NM_BLOCK, neighbours, s);
            for (int i = 0; i < s.gSize; i++) {
                s.offerPool(s.gIdx[i]);
            }
        }
        // Score the cheap signals first, then visit the pool by upper bound, best first: once the bound cannot beat
        // the last kept candidate, nobody left can, and their word overlap (the costly signal) is never computed.
        s.ensureBounds();
        int lowest = Integer.MAX_VALUE;
        int highest = -1;
        for (int i = 0; i < s.poolSize; i++) {
            Row c = rows[s.pool[i]];
            int cheap = cheapMask(a, c, LinkFeatures.gap(a.time, c.time));
            s.cheap[i] = cheap;
            int bound = scorer.confidenceOf(cheap | overlapBound(a.tokens.length, c.tokens.length));
            s.bound[i] = bound;
            lowest = Math.min(lowest, bound);
            highest = Math.max(highest, bound);
        }
        // Counting sort by bound, descending: bounds are thousandths, so the range is small.
        int[] counts = s.counts;
        for (int i = 0; i < s.poolSize; i++) {
            counts[s.bound[i]]++;
        }
        int position = 0;
        for (int b = highest; b >= lowest && position < s.poolSize; b--) {
            int n = counts[b];
            counts[b] = position;
            position += n;
        }
        for (int i = 0; i < s.poolSize; i++) {
            s.order[counts[s.bound[i]]++] = i;
        }
        for (int b = lowest; b <= highest; b++) {
            counts[b] = 0;
        }
        s.topSize = 0;
        for (int o = 0; o < s.poolSize; o++) {
            int i = s.order[o];
            int bound = s.bound[i];
            if (bound < dropMillis || (s.topSize == maxCandidates && bound < s.topConf[maxCandidates - 1])) {
                break;
            }
            Row c = rows[s.pool[i]];
            long gap = LinkFeatures.gap(a.time, c.time);
            if (s.topSize == maxCandidates && !better(bound, gap, c.idValue, s.topConf[maxCandidates - 1],
                    s.topGap[maxCandidates - 1], s.topId[maxCandidates - 1])) {
                continue;
            }
            int mask = s.cheap[i];
            if (overlapBound(a.tokens.length, c.tokens.length) != 0) {
                mask = (mask | overlap(a, c)) & enabled;
            }
            int conf = scorer.confidenceOf(mask);
            if (conf >= dropMillis) {
                offerTop(s, c, mask, conf, gap);
            }
        }
        if (s.topSize == 0) {
            return NO_TOP;
        }
        long[] top = new long[s.topSize];
        for (int i = 0; i < s.topSize; i++) {
            top[i] = pack(s.topIdx[i], s.topMask[i]);
        }
        return top;
    }

    private void offerTop(Scratch s, Row c, int mask, int conf, long gap) {
        int pos = s.topSize;
        while (pos > 0 && better(conf, gap, c.idValue, s.topConf[pos - 1], s.topGap[pos - 1], s.topId[pos - 1])) {
            pos--;
        }
        if (pos >= maxCandidates) {
            return;
        }
        int last = Math.min(s.topSize, maxCandidates - 1);
        for (int i = last; i > pos; i--) {
            s.topIdx[i] = s.topIdx[i - 1];
            s.topMask[i] = s.topMask[i - 1];
            s.topConf[i] = s.topConf[i - 1];
            s.topGap[i] = s.topGap[i - 1];
            s.topId[i] = s.topId[i - 1];
        }
        s.topIdx[pos] = c.idx;
        s.topMask[pos] = mask;
        s.topConf[pos] = conf;
        s.topGap[pos] = gap;
        s.topId[pos] = c.idValue;
        s.topSize = Math.min(s.topSize + 1, maxCandidates);
    }

    /** Ranking of candidates: confidence descending, then nearer in time, then newer id. */
    static boolean better(int conf, long gap, long id, int otherConf, long otherGap, long otherId) {
        if (conf != otherConf) {
            return conf > otherConf;
        }
        if (gap != otherGap) {
            return gap < otherGap;
        }
        return id > otherId;
    }

    /**
     * Puts into {@code s.gIdx} the first {@code limit} eligible members of block {@code b} for {@code a}, in pool
     * order: time distance ascending (unknown last), then newest id first.
     */
    private void gather(Row a, Block b, boolean windowed, int limit, Scratch s) {
        s.gSize = 0;
        if (a.time != UNKNOWN) {
            int[] known = b.known;
            long[] times = b.times;
            byte[] chs = b.chs;
            int size = b.knownSize;
            int p = position(b, a);
            int l = p - 1;
            int r = p + 1;
            long kth = Long.MAX_VALUE;
            int n = 0;
            long previous = -1;
            boolean ties = false;
            while (l >= 0 || r < size) {
                long gl = l >= 0 ? a.time - times[l] : Long.MAX_VALUE;
                long gr = r < size ? times[r] - a.time : Long.MAX_VALUE;
                int at;
                long g;
                if (gl <= gr) {
                    at = l--;
                    g = gl;
                } else {
                    at = r++;
                    g = gr;
                }
                if ((windowed && g > windowMillis) || (n >= limit && g > kth)) {
                    break;
                }
                if (chs[at] == a.ch) {
                    continue;
                }
                s.gAppend(known[at], g);
                ties |= g == previous;
                previous = g;
                if (++n == limit) {
                    kth = g;
                }
            }
            if (ties) {
                sortTies(s);
            }
            s.gSize = Math.min(s.gSize, limit);
            if (!windowed) {
                for (int i = 0; i < b.unknownSize && s.gSize < limit; i++) {
                    int c = b.unknown[i];
                    if (rows[c].ch != a.ch) {
                        s.gAppend(c, Long.MAX_VALUE);
                    }
                }
            }
            if (limit >= neighbours) {
                b.radius[p] = s.gSize >= neighbours ? s.gGap[neighbours - 1] : Long.MAX_VALUE;
            }
            return;
        }
        if (windowed) {
            return;
        }
        // Every distance is unknown: newest stored first.
        for (int i = 0; i < b.knownSize; i++) {
            int c = b.known[i];
            if (rows[c].ch != a.ch) {
                s.gAppend(c, Long.MAX_VALUE);
            }
        }
        for (int i = 0; i < b.unknownSize; i++) {
            int c = b.unknown[i];
            if (c != a.idx && rows[c].ch != a.ch) {
                s.gAppend(c, Long.MAX_VALUE);
            }
        }
        sortByIdDescending(s, 0, s.gSize);
        s.gSize = Math.min(s.gSize, limit);
    }

    /** Members at equal distance arrive in array order; put each run of equal distance newest first. */
    private void sortTies(Scratch s) {
        int start = 0;
        while (start < s.gSize) {
            int end = start + 1;
            while (end < s.gSize && s.gGap[end] == s.gGap[start]) {
                end++;
            }
            if (end - start > 1) {
                sortByIdDescending(s, start, end);
            }
            start = end;
        }
    }

    private void sortByIdDescending(Scratch s, int from, int to) {
        if (to - from > 32) {
            Integer[] boxed = new Integer[to - from];
            for (int i = from; i < to; i++) {
                boxed[i - from] = s.gIdx[i];
            }
            Arrays.sort(boxed, (x, y) -> Long.compare(rows[y].idValue, rows[x].idValue));
            for (int i = from; i < to; i++) {
                s.gIdx[i] = boxed[i - from];
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int v = s.gIdx[i];
            long id = rows[v].idValue;
            int j = i - 1;
            while (j >= from && rows[s.gIdx[j]].idValue < id) {
                s.gIdx[j + 1] = s.gIdx[j];
                j--;
            }
            s.gIdx[j + 1] = v;
        }
    }

    /** Same evidence rules as {@link LinkScorer#mask(LinkFeatures, LinkFeatures)}, on interned ids. */
    private int mask(Row a, Row c) {
        int m = cheapMask(a, c, LinkFeatures.gap(a.time, c.time));
        if (a.tokens.length > 0 && c.tokens.length > 0) {
            m |= overlap(a, c);
        }
        return m & enabled;
    }

    /**
     * The overlap signal of two non-empty word sets. Each row carries a 64-bit signature of its words; the number of
     * one set's words whose bit is set in the other's signature is at least the true intersection, so a pair whose
     * bound misses the medium threshold is settled without merging the sets.
     */
    private int overlap(Row a, Row c) {
        Row small = a.tokens.length <= c.tokens.length ? a : c;
        Row large = small == a ? c : a;
        long signature = large.signature;
        int atMost = 0;
        for (int id : small.tokens) {
            atMost += (int) ((signature >>> id) & 1L);
        }
        if (atMost == 0 || !TextTokens.jaccardAtLeast(atMost, a.tokens.length, c.tokens.length,
                config.semanticMediumMillis())) {
            return 0;
        }
        return scorer.overlapBit(TextTokens.common(a.tokens, c.tokens), a.tokens.length, c.tokens.length);
    }

    /**
     * The overlap signal two word sets of these sizes could at best earn: Jaccard is at most {@code min / max}, so
     * very different lengths rule the high level (or both) out without comparing a word.
     */
    private int overlapBound(int sizeA, int sizeB) {
        if (sizeA == 0 || sizeB == 0 || overlapBound == 0) {
            return 0;
        }
        int small = Math.min(sizeA, sizeB);
        int large = Math.max(sizeA, sizeB);
        if ((overlapBound & LinkScorer.SEM_HIGH) != 0 && TextTokens.jaccardAtLeast(small, small, large,
                config.semanticHighMillis())) {
            return LinkScorer.SEM_HIGH;
        }
        if ((enabled & LinkScorer.SEM_MEDIUM) != 0 && TextTokens.jaccardAtLeast(small, small, large,
                config.semanticMediumMillis())) {
            return LinkScorer.SEM_MEDIUM;
        }
        return 0;
    }

    /** Every signal but word overlap. */
    private int cheapMask(Row a, Row c, long gap) {
        int m = 0;
        if (a.order >= 0 && a.order == c.order) {
            m |= LinkScorer.ORDER;
        }
        if (a.customer >= 0 && a.customer == c.customer) {
            m |= LinkScorer.CUSTOMER;
        }
        if (a.nm >= 0 && a.nm == c.nm) {
            m |= LinkScorer.NM;
        }
        if (a.article >= 0 && a.article == c.article) {
            m |= LinkScorer.ARTICLE;
        }
        m |= scorer.timeBit(gap);
        if (a.name >= 0 && c.name >= 0) {
            m |= scorer.nameBit(a.name == c.name, a.nameText, c.nameText);
        }
        return m & enabled;
    }

    private List<LinkCandidate> candidatesOf(Row r) {
        if (r.top.length == 0) {
            return List.of();
        }
        LinkCandidate[] out = new LinkCandidate[r.top.length];
        for (int i = 0; i < out.length; i++) {
            Row c = rows[(int) (r.top[i] >>> 16)];
            out[i] = new LinkCandidate(c.id, c.channel, c.externalId, scorer.scoreOf((int) (r.top[i] & 0xFFFF)));
        }
        return List.of(out);
    }

    private static long pack(int idx, int mask) {
        return ((long) idx << 16) | mask;
    }

    // ---- rows and blocks ----

    private void checkScope(Interaction interaction) {
        InteractionData d = interaction.data();
        if (!d.sellerId().equals(sellerId) || d.marketplace() != marketplace) {
            throw new ValidationException("interaction " + interaction.id() + " belongs to seller " + d.sellerId()
                    + " on " + d.marketplace().wire() + ", but this index holds seller " + sellerId + " on "
                    + marketplace.wire());
        }
    }

    private Row newRow(int idx, Interaction interaction) {
        InteractionData d = interaction.data();
        long time = LinkFeatures.timeOf(d.occurredAt());
        String normalized = PersonNames.normalize(PersonNames.displayName(d.extraData()).orElse(null));
        String nameText = normalized.isEmpty() ? null : normalized;
        int[] tokens = TextTokens.tokenIds(d.text(), tokenIds);
        int order = keyIds[ORDER_BLOCK].intern(d.orderId());
        int customer = keyIds[CUSTOMER_BLOCK].intern(d.customerId());
        int nm = keyIds[NM_BLOCK].intern(d.nmId());
        int article = keyIds[ARTICLE_BLOCK].intern(d.productArticle());
        int[] blockIds = {order, customer, -1, -1, -1};
        if (time != UNKNOWN) {
            blockIds[NM_BLOCK] = nm;
            blockIds[ARTICLE_BLOCK] = article;
            if (d.nmId() != null && nameText != null) {
                blockIds[NM_NAME_BLOCK] = keyIds[NM_NAME_BLOCK].intern(d.nmId() + '\u0001' + nameText);
            }
        }
        return new Row(idx, interaction.id(), d.externalId(), d.channel(), time, order, customer, nm, article,
                nameIds.intern(nameText), nameText, tokens, blockIds);
    }

    private void ensureCapacity(int needed) {
        if (needed > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(needed, rows.length + (rows.length >> 1)));
        }
    }

    /** Index of {@code r} in {@code b.known}, or {@code -(insertion point) - 1}. */
    private int position(Block b, Row r) {
        int lo = 0;
        int hi = b.knownSize - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compare(b.times[mid], r.time);
            if (c == 0) {
                c = Long.compare(b.ids[mid], r.idValue);
            }
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private static int compareKnown(Row a, Row b) {
        int c = Long.compare(a.time, b.time);
        return c != 0 ? c : Long.compare(a.idValue, b.idValue);
    }

    /** One indexed interaction: what linking needs of it, and its kept candidates. */
    private static final class Row {
        /** Position in {@code rows}; assigned once, when the row is stored. */
        int idx;
        final InteractionId id;
        final long idValue;
        final String externalId;
        final Channel channel;
        final int ch;
        final long time;
        final int order;
        final int customer;
        final int nm;
        final int article;
        final int name;
        final String nameText;
        final int[] tokens;
        /** Bit {@code id % 64} set for every word id: an over-approximation of the word set. */
        final long signature;
        final int[] blockIds;
        /** Kept candidates, best first: row index in the high bits, evidence mask in the low 16. Never mutated. */
        long[] top = NO_TOP;
        boolean alive = true;

        Row(int idx, InteractionId id, String externalId, Channel channel, long time, int order, int customer, int nm,
                int article, int name, String nameText, int[] tokens, int[] blockIds) {
            this.idx = idx;
            this.id = id;
            this.idValue = id.value();
            this.externalId = externalId;
            this.channel = channel;
            this.ch = channel.ordinal();
            this.time = time;
            this.order = order;
            this.customer = customer;
            this.nm = nm;
            this.article = article;
            this.name = name;
            this.nameText = nameText;
            this.tokens = tokens;
            long sig = 0;
            for (int t : tokens) {
                sig |= 1L << t;
            }
            this.signature = sig;
            this.blockIds = blockIds;
        }

        boolean sameFeatures(Row o) {
            return ch == o.ch && time == o.time && order == o.order && customer == o.customer && nm == o.nm
                    && article == o.article && name == o.name && Arrays.equals(tokens, o.tokens)
                    && Arrays.equals(blockIds, o.blockIds);
        }
    }

    /** Members of one block: known times sorted by (time, id); unknown times newest id first. */
    private static final class Block {
        /** Row indexes of members with a known time, sorted by (time, id), and those members' time, id, channel. */
        int[] known = NO_INTS;
        long[] times = NO_LONGS;
        long[] ids = NO_LONGS;
        byte[] chs = NO_BYTES;
        /**
         * Per member, the time distance of its {@code neighbours}-th eligible member in this block
         * ({@link Long#MAX_VALUE} when it has fewer): a newcomer farther away than that cannot enter its pool.
         */
        long[] radius = NO_LONGS;
        int knownSize;
        int[] unknown = NO_INTS;
        int unknownSize;

        void allocateKnown(int capacity) {
            if (capacity > 0) {
                known = new int[capacity];
                times = new long[capacity];
                ids = new long[capacity];
                chs = new byte[capacity];
                radius = new long[capacity];
            }
        }

        void appendKnown(Row r) {
            insertKnown(knownSize, r);
        }

        void insertKnown(int pos, Row r) {
            if (knownSize == known.length) {
                int capacity = Math.max(4, knownSize + (knownSize >> 1) + 1);
                known = Arrays.copyOf(known, capacity);
                times = Arrays.copyOf(times, capacity);
                ids = Arrays.copyOf(ids, capacity);
                chs = Arrays.copyOf(chs, capacity);
                radius = Arrays.copyOf(radius, capacity);
            }
            int tail = knownSize - pos;
            if (tail > 0) {
                System.arraycopy(known, pos, known, pos + 1, tail);
                System.arraycopy(times, pos, times, pos + 1, tail);
                System.arraycopy(ids, pos, ids, pos + 1, tail);
                System.arraycopy(chs, pos, chs, pos + 1, tail);
                System.arraycopy(radius, pos, radius, pos + 1, tail);
            }
            known[pos] = r.idx;
            times[pos] = r.time;
            ids[pos] = r.idValue;
            chs[pos] = (byte) r.ch;
            radius[pos] = Long.MAX_VALUE;
            knownSize++;
        }

        /** Restores (time, id) order after bulk filling, when members came from several products. */
        void sortKnown(Row[] rows) {
            boolean sorted = true;
            for (int i = 1; i < knownSize && sorted; i++) {
                sorted = times[i - 1] < times[i] || times[i - 1] == times[i] && ids[i - 1] < ids[i];
            }
            if (sorted) {
                return;
            }
            Integer[] order = new Integer[knownSize];
            for (int i = 0; i < knownSize; i++) {
                order[i] = known[i];
            }
            Arrays.sort(order, (x, y) -> compareKnown(rows[x], rows[y]));
            for (int i = 0; i < knownSize; i++) {
                Row r = rows[order[i]];
                known[i] = r.idx;
                times[i] = r.time;
                ids[i] = r.idValue;
                chs[i] = (byte) r.ch;
                radius[i] = Long.MAX_VALUE;
            }
        }

        void removeKnown(int pos) {
            int tail = knownSize - pos - 1;
            System.arraycopy(known, pos + 1, known, pos, tail);
            System.arraycopy(times, pos + 1, times, pos, tail);
            System.arraycopy(ids, pos + 1, ids, pos, tail);
            System.arraycopy(chs, pos + 1, chs, pos, tail);
            System.arraycopy(radius, pos + 1, radius, pos, tail);
            knownSize--;
        }
    }

    /** Growable int list. */
    private static final class IntList {
        int[] items = new int[16];
        int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        void clear() {
            size = 0;
        }
    }

    /** Per-thread working memory of candidate computation, reused across anchors. */
    private final class Scratch {
        int[] gIdx = new int[64];
        long[] gGap = new long[64];
        int gSize;
        int[] pool = new int[256];
        int poolSize;
        /** Open-addressing set of pool members; a slot is taken when its stamp equals the current anchor's. */
        int[] seenKeys = new int[512];
        int[] seenStamps = new int[512];
        int stamp;
        final int[] topIdx = new int[maxCandidates];
        final int[] topMask = new int[maxCandidates];
        final int[] topConf = new int[maxCandidates];
        final long[] topGap = new long[maxCandidates];
        final long[] topId = new long[maxCandidates];
        int topSize;
        int[] cheap = new int[256];
        int[] bound = new int[256];
        int[] order = new int[256];
        final int[] counts = new int[1001];

        void ensureBounds() {
            if (cheap.length < poolSize) {
                cheap = new int[pool.length];
                bound = new int[pool.length];
                order = new int[pool.length];
            }
        }

        void beginAnchor() {
            poolSize = 0;
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(seenStamps, 0);
                stamp = 1;
            }
        }

        void gAppend(int idx, long gap) {
            if (gSize == gIdx.length) {
                gIdx = Arrays.copyOf(gIdx, gSize * 2);
                gGap = Arrays.copyOf(gGap, gSize * 2);
            }
            gIdx[gSize] = idx;
            gGap[gSize++] = gap;
        }

        void offerPool(int idx) {
            if ((poolSize + 1) * 2 > seenKeys.length) {
                growSeen();
            }
            int mask = seenKeys.length - 1;
            int h = (idx * 0x9E3779B9) >>> 7;
            for (int i = h & mask; ; i = (i + 1) & mask) {
                if (seenStamps[i] != stamp) {
                    seenStamps[i] = stamp;
                    seenKeys[i] = idx;
                    break;
                }
                if (seenKeys[i] == idx) {
                    return;
                }
            }
            if (poolSize == pool.length) {
                pool = Arrays.copyOf(pool, poolSize * 2);
            }
            pool[poolSize++] = idx;
        }

        private void growSeen() {
            int capacity = seenKeys.length * 2;
            seenKeys = new int[capacity];
            seenStamps = new int[capacity];
            stamp = 1;
            int mask = capacity - 1;
            for (int p = 0; p < poolSize; p++) {
                int idx = pool[p];
                int h = (idx * 0x9E3779B9) >>> 7;
                int i = h & mask;
                while (seenStamps[i] == stamp) {
                    i = (i + 1) & mask;
                }
                seenStamps[i] = stamp;
                seenKeys[i] = idx;
            }
        }
    }
}
