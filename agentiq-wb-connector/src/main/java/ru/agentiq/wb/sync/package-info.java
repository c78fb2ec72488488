/** The WB implementation of core's {@link ru.agentiq.core.sync.InteractionFeed}. */
package ru.agentiq.wb.sync;
