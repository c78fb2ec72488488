/** The WB Feedbacks API: counts, listings, single feedbacks, answers and answer edits. */
package ru.agentiq.wb.feedbacks;
