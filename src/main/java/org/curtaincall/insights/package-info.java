/**
 * Insights for HR: themes found in the texts of kudos and reports, engagement trends, and the anonymity thresholds
 * that decide which figures, texts and samples may be shown without exposing anyone.
 */
package org.curtaincall.insights;
