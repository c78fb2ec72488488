/**
 * The WB connector's ports on JDBC: {@link ru.agentiq.jdbc.wb.JdbcRateBudget} (WB's rate limits shared by every
 * application instance) and {@link ru.agentiq.jdbc.wb.JdbcCredentialStore} (tokens encrypted with AES-256-GCM under
 * rotating {@link ru.agentiq.jdbc.wb.CredentialKeys}), built by {@link ru.agentiq.jdbc.wb.JdbcWbAdapters}. Needs
 * {@code agentiq-wb-connector} on the classpath, an optional dependency of {@code agentiq-jdbc}.
 */
package ru.agentiq.jdbc.wb;
