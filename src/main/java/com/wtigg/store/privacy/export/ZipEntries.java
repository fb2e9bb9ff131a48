package com.wtigg.store.privacy.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** The entries of a copy's ZIP, one open at a time. */
final class ZipEntries {

	private final ZipArchiveOutputStream zip;

	private boolean open;

	ZipEntries(ZipArchiveOutputStream zip) {
		this.zip = zip;
	}

	/** Ends the open entry, if any, and starts the next; what is written to the ZIP goes into it. */
	void start(String name) {
		try {
			close();
			zip.putArchiveEntry(new ZipArchiveEntry(name));
			open = true;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void close() throws IOException {
		if (open) {
			zip.closeArchiveEntry();
			open = false;
		}
	}

	/** Adds an entry whose content was deflated (raw, without a zlib header) while it was written. */
	void addDeflated(String name, byte[] deflated, long size, long crc) throws IOException {
		close();
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setMethod(ZipEntry.DEFLATED);
		entry.setCrc(crc);
		entry.setSize(size);
		entry.setCompressedSize(deflated.length);
		zip.addRawArchiveEntry(entry, new ByteArrayInputStream(deflated));
	}
}
