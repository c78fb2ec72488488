/**
 * Thread-safe in-memory implementations of billing's ports, so billing can be embedded with no database (tests, demos,
 * single-instance deployments). They honour the same contracts as the JDBC adapters — the conformance kits in this
 * module's test jar run against both. Data lives in the heap and is lost when the process ends.
 */
package ru.agentiq.billing.memory;
