package com.wtigg.store.support.screenshot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a file is a screenshot the store takes, and makes the copy it keeps. A
 * screenshot is a PNG, JPEG or WebP by its content (its name only has to agree), at most 10 MB,
 * made of one image and nothing else (nothing appended after its end, no ZIP directory or markup
 * where other readers would find it),
 * whose size in pixels, read from its header before anything is decoded, is within the bound. The
 * kept copy is written anew from the decoded pixels: no metadata of the original survives.
 * Nothing is ever written to disk.
 */
public final class ScreenshotCheck {

	/** The largest file taken, in bytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final long maxPixels;

	public ScreenshotCheck(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/**
	 * The re-encoded screenshot, or why the file is refused.
	 *
	 * @param fileName the name the file was sent with, if any: only its ending is compared with the content
	 */
	public Screenshot check(byte[] data, @Nullable String fileName) throws ScreenshotRefused {
		if (data.length == 0) {
			throw new ScreenshotRefused("support.file.empty");
		}
		if (data.length > MAX_BYTES) {
			throw new ScreenshotRefused("support.file.tooLarge");
		}
		ImageFormat format = ImageFormat.sniff(data)
			.orElseThrow(() -> new ScreenshotRefused(Hidden.looksLikeSvg(data) ? "support.file.svg" : "support.file.notImage"));
		if (!extensionFits(fileName, format)) {
			throw new ScreenshotRefused("support.file.wrongExtension");
		}
		if (!Hidden.endsWhereImageEnds(data, format) || Hidden.carriesArchiveOrMarkup(data, format)) {
			throw new ScreenshotRefused("support.file.hidden");
		}
		BufferedImage image = decode(data, format);
		return new Screenshot(encode(image, format), format.storedType, image.getWidth(), image.getHeight());
	}

	static boolean extensionFits(@Nullable String fileName, ImageFormat format) {
		if (fileName == null) {
			return true;
		}
		String name = fileName.strip();
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return true;
		}
		return format.extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private BufferedImage decode(byte[] data, ImageFormat format) throws ScreenshotRefused {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
			reader.setInput(input, true, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw new ScreenshotRefused("support.file.unreadable");
			}
			if (width * height > maxPixels) {
				throw new ScreenshotRefused("support.file.tooManyPixels");
			}
			BufferedImage image = reader.read(0);
			if (image == null || image.getWidth() != width || image.getHeight() != height) {
				throw new ScreenshotRefused("support.file.unreadable");
			}
			return image;
		}
		catch (IOException | RuntimeException e) {
			// a broken or hostile file: what the decoder says about it is of no use to the person
			throw new ScreenshotRefused("support.file.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	private static byte[] encode(BufferedImage decoded, ImageFormat format) throws ScreenshotRefused {
		BufferedImage image = "jpeg".equals(format.writerName) ? opaque(decoded) : decoded;
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.writerName).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (param.canWriteCompressed() && "jpeg".equals(format.writerName)) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.92f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException | RuntimeException e) {
			throw new ScreenshotRefused("support.file.unreadable");
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** The pixels on an opaque RGB canvas, the one kind every JPEG writer takes. */
	private static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	/** The content type a file's first bytes name, if it is one of the three formats. */
	public static Optional<String> sniffedType(byte[] data) {
		return ImageFormat.sniff(data).map(f -> f.readerName);
	}
}
