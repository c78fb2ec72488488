/**
 * The WB contract check: payloads (saved fixtures or live responses) validated against WB's official OpenAPI schemas
 * with a JSON-schema library, reporting missing required fields, type changes and new fields.
 */
package ru.agentiq.wb.contract;
