package com.wtigg.store.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

/**
 * The store's master keys, each a Tink keyset in a file of its own outside the database:
 * the key-encryption key that wraps every subject's data key, the key of the blind indexes
 * (lookups such as "which account has this email" without storing the email in the clear),
 * and the key that seals the audit log's chain.
 */
public final class Keyring {

	private final Aead keyEncryptionKey;

	private final PrfSet blindIndexKey;

	private final PrfSet auditKey;

	private final Path folder;

	private Keyring(Path folder, Aead keyEncryptionKey, PrfSet blindIndexKey, PrfSet auditKey) {
		this.folder = folder;
		this.keyEncryptionKey = keyEncryptionKey;
		this.blindIndexKey = blindIndexKey;
		this.auditKey = auditKey;
	}

	/** Loads the keys, creating missing ones only if the properties allow it. */
	public static Keyring open(KeyringProperties properties) {
		try {
			AeadConfig.register();
			PrfConfig.register();
			Path folder = properties.folder().toAbsolutePath().normalize();
			KeysetHandle kek = load(folder.resolve("key-encryption-key.json"), PredefinedAeadParameters.AES256_GCM,
					properties.createIfMissing());
			KeysetHandle blind = load(folder.resolve("blind-index-key.json"), PredefinedPrfParameters.HMAC_SHA256_PRF,
					properties.createIfMissing());
			KeysetHandle audit = load(folder.resolve("audit-key.json"), PredefinedPrfParameters.HMAC_SHA256_PRF,
					properties.createIfMissing());
			return new Keyring(folder, kek.getPrimitive(RegistryConfiguration.get(), Aead.class),
					blind.getPrimitive(RegistryConfiguration.get(), PrfSet.class),
					audit.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The store's keys cannot be used", e);
		}
	}

	/** The folder of the key files, where per-subject keys are kept too. */
	public Path folder() {
		return folder;
	}

	/** Encrypts key material for storage; the associated data binds it to its owner. */
	public byte[] wrap(byte[] keyMaterial, byte[] owner) throws GeneralSecurityException {
		return keyEncryptionKey.encrypt(keyMaterial, owner);
	}

	public byte[] unwrap(byte[] wrapped, byte[] owner) throws GeneralSecurityException {
		return keyEncryptionKey.decrypt(wrapped, owner);
	}

	/** A keyed, one-way digest of a value for lookups; {@code kind} keeps indexes of different fields apart. */
	public byte[] blindIndex(String kind, String value) {
		return prf(blindIndexKey, kind + '\u0000' + value);
	}

	/** The seal of one audit entry, chained to the seal of the entry before it. */
	public byte[] auditSeal(byte[] previousSeal, String entry) {
		byte[] text = entry.getBytes(StandardCharsets.UTF_8);
		byte[] input = new byte[previousSeal.length + text.length];
		System.arraycopy(previousSeal, 0, input, 0, previousSeal.length);
		System.arraycopy(text, 0, input, previousSeal.length, text.length);
		try {
			return auditKey.computePrimary(input, 32);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The audit key cannot be used", e);
		}
	}

	private static byte[] prf(PrfSet key, String value) {
		try {
			return key.computePrimary(value.getBytes(StandardCharsets.UTF_8), 32);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The blind-index key cannot be used", e);
		}
	}

	private static KeysetHandle load(Path file, Parameters parameters, boolean createIfMissing)
			throws GeneralSecurityException {
		try {
			if (Files.exists(file)) {
				return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
			}
			if (!createIfMissing) {
				throw new KeysMissingException(file);
			}
			KeysetHandle created = KeysetHandle.generateNew(parameters);
			Files.createDirectories(file.getParent());
			Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(partial, TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()));
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			return created;
		}
		catch (IOException e) {
			throw new UncheckedIOException("The key file " + file + " cannot be read or written", e);
		}
	}
}
