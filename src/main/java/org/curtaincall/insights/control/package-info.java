/**
 * The insights engine: sentence embeddings, k-means themes with class-based TF-IDF labels, their trends, the quality
 * metrics that keep them honest, and the anonymity policy that suppresses small groups and their siblings.
 */
package org.curtaincall.insights.control;
