/**
 * Backup and restore of a data folder: the store, the last commit of the index and the files kept under the
 * data folder (uploads, the corpus pointer, the secrets), with a manifest of checksums.
 * Backup works while {@code serve} runs; restore fills an empty data folder and checks everything first.
 */
package org.studykb.backup;
