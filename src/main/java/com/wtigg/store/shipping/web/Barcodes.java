package com.wtigg.store.shipping.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;

/**
 * Code 128 barcodes of tracking numbers, made by ZXing, as PNG data URIs for the label page.
 */
final class Barcodes {

	private static final int WIDTH = 520;

	private static final int HEIGHT = 120;

	private Barcodes() {
	}

	/** The barcode, or empty for a text Code 128 cannot hold (such as one with characters beyond ASCII). */
	static Optional<String> code128(String text) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			BitMatrix matrix = new Code128Writer().encode(text, BarcodeFormat.CODE_128, WIDTH, HEIGHT,
					Map.of(EncodeHintType.MARGIN, 10));
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
		}
		catch (WriterException | IllegalArgumentException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
	}
}
