/** WB payloads → AgentIQ {@link ru.agentiq.core.interaction.InteractionData} (the seed's §a.2 mapping). */
package ru.agentiq.wb.normalize;
