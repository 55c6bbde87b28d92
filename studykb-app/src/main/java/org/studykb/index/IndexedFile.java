package org.studykb.index;

/**
 * What the index knows of a file from an earlier run.
 *
 * @param failed true when the file could not be read last time (a failure record)
 * @param manual the manual values it was indexed with ({@link ManualValues#fingerprint()}), empty for none
 * @param access the roles it was indexed as 内部 for, joined by commas; empty when public
 * @param date   the document's date as indexed, in ISO form at its precision ({@code 2008-11}); empty when none
 */
public record IndexedFile(String id, String hash, long size, long mtime, String analysisVersion, boolean failed,
                          String reason, String detail, String manual, String access, String date) {
}
