package ru.agentiq.core.quality;

import java.math.BigDecimal;

/**
 * Week-over-week comparison of the manual-reply rate (seed §e.4).
 *
 * @param currentWindowDays  length of the recent window
 * @param previousWindowDays length of the window before it
 * @param currentManualRate  manual over replies in the recent window
 * @param previousManualRate manual over replies in the window before
 * @param manualRateDelta    current minus previous, 4 decimals
 * @param regressionDetected whether the delta reached the threshold
 * @param threshold          the threshold applied
 */
public record ManualRateRegression(int currentWindowDays, int previousWindowDays, BigDecimal currentManualRate,
        BigDecimal previousManualRate, BigDecimal manualRateDelta, boolean regressionDetected, BigDecimal threshold) {
}
