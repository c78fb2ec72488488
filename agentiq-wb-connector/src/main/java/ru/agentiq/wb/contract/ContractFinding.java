package ru.agentiq.wb.contract;

/**
 * One finding.
 *
 * @param source    the payload's file name or live endpoint
 * @param operation the contract it was checked against ({@code GET /api/v1/feedbacks 200}); null when unmapped
 * @param kind      what was found
 * @param location  JSON path inside the payload ({@code $.data.feedbacks[0].id}); null for the whole payload
 * @param message   one line
 */
public record ContractFinding(String source, String operation, FindingKind kind, String location, String message) {

    /** One line for reports. */
    public String line() {
        return (kind.violation() ? "FAIL " : "NOTE ") + kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                + source + (operation == null ? "" : " [" + operation + "]")
                + (location == null ? "" : " " + location) + ": " + message;
    }
}
