package com.wtigg.store.shared;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The person personal data is about, by an id that itself says nothing about them.
 */
public record SubjectId(UUID value) implements java.io.Serializable {

	public static SubjectId random() {
		return new SubjectId(UUID.randomUUID());
	}

	public byte[] bytes() {
		return ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
			.putLong(value.getLeastSignificantBits()).array();
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
