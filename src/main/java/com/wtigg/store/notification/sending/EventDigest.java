package com.wtigg.store.notification.sending;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The identity of an event by its content: a SHA-256 digest of its type and each of its fields,
 * so that an event delivered twice, or two equal events, have the same digest. Arrays count by
 * content, collections regardless of order.
 */
final class EventDigest {

	private EventDigest() {
	}

	static byte[] of(Record event) {
		MessageDigest sha = sha256();
		add(sha, event.getClass().getName().getBytes(StandardCharsets.UTF_8));
		for (RecordComponent component : event.getClass().getRecordComponents()) {
			add(sha, component.getName().getBytes(StandardCharsets.UTF_8));
			add(sha, canonical(value(event, component)));
		}
		return sha.digest();
	}

	private static Object value(Record event, RecordComponent component) {
		try {
			return component.getAccessor().invoke(event);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + event.getClass(), e);
		}
	}

	private static byte[] canonical(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof byte[] bytes) {
			return bytes;
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(String::valueOf).sorted().collect(Collectors.joining("\u0000"))
				.getBytes(StandardCharsets.UTF_8);
		}
		return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
	}

	/** Each value with its length in front, so that no two different events run together alike. */
	private static void add(MessageDigest sha, byte[] value) {
		sha.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
		if (value != null) {
			sha.update(value);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
