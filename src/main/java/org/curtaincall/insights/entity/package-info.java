/**
 * Value types of the insights engine: the texts it reads, the themes it finds and the figures it may disclose.
 */
package org.curtaincall.insights.entity;
