package com.wtigg.store.shipping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;

import org.junit.jupiter.api.Test;

/**
 * The label's barcode reads back as the tracking number, and a number Code 128 cannot hold gives
 * no barcode instead of a failed page.
 */
class BarcodesTest {

	@Test
	void theBarcodeReadsBackAsTheTrackingNumber() throws IOException, NotFoundException, FormatException {
		String uri = Barcodes.code128("WT1Z123456789012").orElseThrow();
		byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
		var image = ImageIO.read(new ByteArrayInputStream(png));
		var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		assertThat(new Code128Reader().decode(bitmap).getText()).isEqualTo("WT1Z123456789012");
	}

	@Test
	void aNumberBeyondCode128GivesNoBarcode() {
		assertThat(Barcodes.code128("包裹")).isEmpty();
	}
}
