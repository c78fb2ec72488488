package ru.agentiq.app.web;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.TransactionPage;
import ru.agentiq.billing.usage.LlmCallEvent;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.core.ValidationException;

/** {@code /api/v1/users/me/*}: the calling seller's own wallet, entries and usage — never anyone else's. */
@RestController
@RequestMapping("/api/v1/users/me")
public class WalletController {

    private final CreditLedger ledger;
    private final UsageEventStore usage;

    public WalletController(CreditLedger ledger, UsageEventStore usage) {
        this.ledger = ledger;
        this.usage = usage;
    }

    public record WalletResponse(String userId, String balance) {
    }

    public record TransactionView(long id, String kind, String amount, String balanceAfter, String initiatedBy,
            String note, String referenceId, Instant createdAt) {
        static TransactionView of(CreditTransaction t) {
            return new TransactionView(t.id().value(), t.kind().wire(), t.amount().toString(),
                    t.balanceAfter().toString(), t.initiatedBy() == null ? null : t.initiatedBy().value(), t.note(),
                    t.referenceId(), t.createdAt());
        }
    }

    public record TransactionsResponse(List<TransactionView> transactions, long total) {
    }

    public record UsageEventView(long id, String modelAlias, String creditsBurned, boolean usedFallback,
            Instant createdAt) {
    }

    public record UsageResponse(List<UsageEventView> events, long total) {
    }

    @GetMapping("/wallet")
    public WalletResponse wallet(@AuthenticationPrincipal ApiCaller caller) {
        AccountId account = Callers.account(caller);
        return new WalletResponse(account.value(), ledger.wallet(account).balance().toString());
    }

    @GetMapping("/transactions")
    public TransactionsResponse transactions(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") long offset) {
        AccountId account = Callers.account(caller);
        TransactionPage page = ledger.transactions(account, limit, offset);
        return new TransactionsResponse(page.transactions().stream().map(TransactionView::of).toList(), page.total());
    }

    @GetMapping("/usage")
    public UsageResponse usage(@AuthenticationPrincipal ApiCaller caller,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") long offset) {
        if (limit < 1 || limit > 200) {
            throw new ValidationException("limit must be 1..200, was " + limit);
        }
        AccountId account = Callers.account(caller);
        List<UsageEventView> events = usage.recent(account, limit, offset).stream()
                .map((LlmCallEvent e) -> new UsageEventView(e.id(), e.call().modelAlias(),
                        e.call().creditsBurned().toString(), e.call().usedFallback(), e.call().createdAt()))
                .toList();
        return new UsageResponse(events, usage.count(account));
    }
}
