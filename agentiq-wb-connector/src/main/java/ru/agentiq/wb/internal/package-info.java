/**
 * Implementation details of the WB connector (HTTP transport, JSON mapping, error mapping). Public only so that the
 * connector's own packages can share them; they may change at any time without notice.
 */
package ru.agentiq.wb.internal;
