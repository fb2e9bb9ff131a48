package com.wtigg.store.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.Keyring;

/**
 * Subjects' data keys, each in a file of its own beside the master keys (never in the database),
 * wrapped by the key-encryption key. Forgetting a subject deletes the file.
 *
 * <p>Files suit one node; a cluster keeps these keys in a key management service instead.
 */
class FileSubjectKeys {

	private static final int CACHE_LIMIT = 10_000;

	private final Keyring keyring;

	private final Path folder;

	private final Map<SubjectId, Aead> unwrapped = new ConcurrentHashMap<>();

	FileSubjectKeys(Keyring keyring) {
		this.keyring = keyring;
		this.folder = keyring.folder().resolve("subjects");
	}

	/** The subject's key, created on first use. */
	Aead keyOf(SubjectId subject) {
		Aead key = unwrapped.get(subject);
		if (key != null) {
			return key;
		}
		synchronized (this) {
			key = read(subject).orElseGet(() -> create(subject));
		}
		if (unwrapped.size() >= CACHE_LIMIT) {
			unwrapped.clear();
		}
		unwrapped.put(subject, key);
		return key;
	}

	/** The subject's key if it exists and was not forgotten. */
	Optional<Aead> existingKeyOf(SubjectId subject) {
		Aead key = unwrapped.get(subject);
		return key != null ? Optional.of(key) : read(subject);
	}

	void forget(SubjectId subject) {
		unwrapped.remove(subject);
		try {
			Files.deleteIfExists(file(subject));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The key of a subject could not be deleted", e);
		}
	}

	private Optional<Aead> read(SubjectId subject) {
		Path file = file(subject);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			byte[] keyset = keyring.unwrap(Files.readAllBytes(file), subject.bytes());
			return Optional.of(TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
				.getPrimitive(RegistryConfiguration.get(), Aead.class));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The key of a subject could not be read", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The key of a subject does not open with the key-encryption key", e);
		}
	}

	private Aead create(SubjectId subject) {
		try {
			KeysetHandle key = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
			byte[] wrapped = keyring.wrap(TinkProtoKeysetFormat.serializeKeyset(key, InsecureSecretKeyAccess.get()),
					subject.bytes());
			Files.createDirectories(folder);
			Path partial = Files.createTempFile(folder, subject.toString(), ".partial",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.write(partial, wrapped);
			Files.move(partial, file(subject), StandardCopyOption.ATOMIC_MOVE);
			return key.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The key of a subject could not be stored", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A key for a subject could not be made", e);
		}
	}

	private Path file(SubjectId subject) {
		return folder.resolve(subject + ".key");
	}
}
