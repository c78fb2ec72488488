package ru.agentiq.cli.wallet;

import picocli.CommandLine.Option;

/** {@code --demo}: seed the demo wallet and usage first, so a one-off invocation has something to show. */
final class DemoOption {

    @Option(names = "--demo",
            description = "Seed the demo wallet of user '" + WalletDemo.USER + "' and a week of metered drafts first.")
    boolean demo;
}
