package org.policykg.ingest.model;

/** How much of a document's date is known: the day, the month, or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
