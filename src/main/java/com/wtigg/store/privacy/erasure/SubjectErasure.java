package com.wtigg.store.privacy.erasure;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * Erases a subject through every {@link PersonalDataHolder} (DSR-DELETE): each deletes, or for what
 * the law makes it keep (orders, for tax) strips and restricts; the subject's data key is destroyed
 * last, so that what is left and every backup taken before can no longer be read.
 */
@Service
public class SubjectErasure {

	private static final Logger log = LoggerFactory.getLogger(SubjectErasure.class);

	private final List<PersonalDataHolder> holders;

	private final SubjectCipher cipher;

	SubjectErasure(List<PersonalDataHolder> holders, SubjectCipher cipher) {
		this.holders = holders;
		this.cipher = cipher;
	}

	@Transactional
	public void erase(SubjectId subject) {
		for (PersonalDataHolder holder : holders) {
			holder.erase(subject);
		}
		// the key goes once the erasure is committed: a rolled-back erasure must still be readable
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cipher.forget(subject);
				}
			});
		}
		else {
			cipher.forget(subject);
		}
		log.info("Erased a subject through {} holders; its key is destroyed on commit", holders.size());
	}
}
