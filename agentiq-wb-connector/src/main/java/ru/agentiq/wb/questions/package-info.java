/** The WB Questions API: counts, listings, single questions, and the view/answer/edit/reject patch. */
package ru.agentiq.wb.questions;
