/**
 * Thread-safe in-memory implementations of core's ports, so core can be embedded with no database (tests, demos,
 * small single-instance deployments). Data lives in the heap and is lost when the process ends.
 */
package ru.agentiq.core.memory;
