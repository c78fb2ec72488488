/**
 * AgentIQ core: the framework-free domain of the SDK. Feature packages hold the model and services; every piece of
 * I/O is a port (an interface) that adapters implement. {@link ru.agentiq.core.memory} ships thread-safe in-memory
 * adapters so core can be embedded without a database.
 */
package ru.agentiq.core;
