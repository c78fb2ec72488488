package ru.agentiq.core.quality;

import java.time.LocalDate;

/**
 * One UTC calendar day of the quality history (seed §e.3).
 *
 * @param date   the day
 * @param counts replies and outcomes of that day (draft events included)
 */
public record QualityDay(LocalDate date, QualityCounts counts) {
}
