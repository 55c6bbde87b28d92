package org.studykb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Refuses zip containers (.docx .xlsx .odt …) that would inflate far beyond their size. Tika turns POI's own
 * zip-bomb ratio check off and relies on limiting its output, but POI parses a whole part into memory before any
 * output: a 1 GB document.xml exhausts the heap first. So the central directory is checked before parsing, and
 * POI's ratio check is switched back on for parts whose declared size lies.
 */
final class ZipBombCheck {

    /** An entry inflating more than this many times its compressed size… */
    static final long MAX_RATIO = 100;
    /** …and to more than this many bytes is a bomb; so is a container inflating to more than {@link #MAX_TOTAL}. */
    static final long MAX_ENTRY = 50L * 1024 * 1024;
    static final long MAX_TOTAL = 1024L * 1024 * 1024;

    private ZipBombCheck() {
    }

    /** Puts POI's inflate-ratio check back (Tika's OOXMLParser sets it to -1 when it loads). */
    static void restorePoiRatioCheck() {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
    }

    static void check(Path file) throws ReadFailure {
        if (!isZip(file)) {
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                long size = entry.getSize();
                long packed = Math.max(1, entry.getCompressedSize());
                total += Math.max(0, size);
                if ((size > MAX_ENTRY && size / packed > MAX_RATIO) || total > MAX_TOTAL) {
                    throw new ReadFailure(ReadFailure.ZIP_BOMB, "zip entry " + entry.getName() + " inflates " + packed
                            + " -> " + size + " bytes (container total " + total + ")");
                }
            }
        } catch (ZipException e) {
            return; // not a readable zip: the parser reports it as corrupt
        } catch (IOException e) {
            throw ReadFailure.ofAccess(e);
        }
    }

    private static boolean isZip(Path file) throws ReadFailure {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw ReadFailure.ofAccess(e);
        }
    }
}
