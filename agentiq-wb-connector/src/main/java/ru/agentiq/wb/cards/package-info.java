/**
 * Product cards from WB's public card CDN, as core's {@link ru.agentiq.core.draft.ProductCatalog} for draft grounding.
 */
package ru.agentiq.wb.cards;
