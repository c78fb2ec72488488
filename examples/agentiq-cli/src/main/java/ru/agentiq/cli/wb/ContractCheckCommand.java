package ru.agentiq.cli.wb;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.auth.InMemoryCredentialStore;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.contract.ContractChecker;
import ru.agentiq.wb.contract.ContractFinding;
import ru.agentiq.wb.contract.ContractReport;
import ru.agentiq.wb.contract.LiveContractProbe;

/**
 * {@code agentiq wb contract-check}: validates saved WB payloads and/or live responses against WB's OpenAPI schemas.
 * Exit codes as the seed's nightly checker: 0 pass (notes allowed), 1 contract violations, 2 a runtime error (bad
 * arguments, unreadable files, WB unreachable or refusing the token).
 */
@Command(name = "contract-check", mixinStandardHelpOptions = true,
        description = "Check WB payloads against the official OpenAPI schemas: missing required fields, type "
                + "changes (exit 1) and new fields (a note). Exit 2 on a runtime error.")
public final class ContractCheckCommand implements Callable<Integer> {

    static final int EXIT_VIOLATIONS = 1;
    static final int EXIT_RUNTIME_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--fixtures", paramLabel = "DIR",
            description = "Directory of saved payloads named like WB's examples (feedbacks_list.json, …).")
    private Path fixtures;

    @Option(names = "--live", description = "Also fetch live responses (reads only) and check them; needs --token.")
    private boolean live;

    @Option(names = "--token", paramLabel = "TOKEN", description = "WB API token for --live (never printed).")
    private String token;

    @Option(names = "--base-url", paramLabel = "URL", description = "WB host override for --live (proxy, tests).")
    private String baseUrl;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "OpenAPI document(s) to check against, newest first (default: the bundled WB documents).")
    private List<Path> specs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (fixtures == null && !live) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --fixtures DIR and/or --live");
        }
        if (live && (token == null || token.isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--live needs --token");
        }
        try {
            ContractChecker checker = specs.isEmpty() ? ContractChecker.bundled() : ContractChecker.of(specs);
            List<ContractFinding> findings = new ArrayList<>();
            int checked = 0;
            if (fixtures != null) {
                if (!Files.isDirectory(fixtures)) {
                    err.println("agentiq: --fixtures " + fixtures + " is not a directory");
                    return EXIT_RUNTIME_ERROR;
                }
                ContractReport report = checker.checkDirectory(fixtures);
                findings.addAll(report.findings());
                checked += report.checked();
            }
            if (live) {
                WbConfig.Builder config = WbConfig.builder();
                if (baseUrl != null) {
                    config.baseUri(baseUrl);
                }
                WbConnector connector = WbConnector.builder(new InMemoryCredentialStore()).config(config.build())
                        .build();
                ContractReport report = new LiveContractProbe(connector, checker)
                        .check(SellerId.of(1), WbToken.of(token));
                findings.addAll(report.findings());
                checked += report.checked();
            }
            findings.forEach(f -> out.println(f.line()));
            ContractReport total = new ContractReport(checked, findings);
            long notes = findings.size() - total.violations().size();
            if (total.passed()) {
                out.printf("RESULT: PASS — %d payloads checked, %d notes%n", checked, notes);
                return 0;
            }
            out.printf("RESULT: FAIL — %d violations in %d payloads checked, %d notes%n", total.violations().size(),
                    checked, notes);
            return EXIT_VIOLATIONS;
        } catch (RuntimeException e) {
            err.println("agentiq: contract check could not run: " + oneLine(e.getMessage()));
            return EXIT_RUNTIME_ERROR;
        }
    }

    static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
