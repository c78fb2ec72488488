package ru.agentiq.wb.contract;

import java.util.List;

/**
 * The result of a contract check.
 *
 * @param checked  payloads checked against a contract
 * @param findings everything found, violations and notes
 */
public record ContractReport(int checked, List<ContractFinding> findings) {

    public ContractReport {
        findings = List.copyOf(findings);
    }

    public List<ContractFinding> violations() {
        return findings.stream().filter(f -> f.kind().violation()).toList();
    }

    public boolean passed() {
        return violations().isEmpty();
    }
}
