package com.wtigg.store.shared;

import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The person personal data is about, by an id that itself says nothing about them. Serializable,
 * since the signed-in principal that holds it is kept in the (JDBC) session.
 */
public record SubjectId(UUID value) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

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
