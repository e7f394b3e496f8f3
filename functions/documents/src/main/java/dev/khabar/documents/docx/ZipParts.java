package dev.khabar.documents.docx;

import dev.khabar.documents.DocumentRejectedException;
import dev.khabar.documents.RejectionCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the wanted parts of a zip in one pass, counting every byte actually inflated (not the sizes the headers
 * claim, which a zip bomb lies about) against one budget, and stopping as soon as all wanted parts are in hand.
 *
 * @param parts     the wanted parts found, by name
 * @param seenNames every entry name passed on the way, to tell what kind of zip it is when a part is missing
 */
record ZipParts(Map<String, byte[]> parts, Set<String> seenNames) {
    private static final int MAX_ENTRIES = 10_000;

    static ZipParts read(byte[] zip, Set<String> wanted, long maxInflated) throws DocumentRejectedException {
        Map<String, byte[]> parts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while (parts.size() < wanted.size() && (entry = in.getNextEntry()) != null) {
                if (seen.size() >= MAX_ENTRIES) {
                    throw new DocumentRejectedException(RejectionCode.TOO_LARGE,
                            "the archive has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                seen.add(name);
                ByteArrayOutputStream kept = wanted.contains(name) ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > maxInflated) {
                        throw new DocumentRejectedException(RejectionCode.TOO_LARGE,
                                "the document expands to more than " + (maxInflated >> 20) + " MB when unpacked");
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null) {
                    parts.put(name, kept.toByteArray());
                }
            }
        } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("encrypted")) {
                throw new DocumentRejectedException(RejectionCode.ENCRYPTED, "the archive is password-protected", e);
            }
            throw new DocumentRejectedException(RejectionCode.UNREADABLE, "the archive is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionCode.UNREADABLE, "the archive is damaged: " + e.getMessage(), e);
        }
        return new ZipParts(parts, seen);
    }
}
