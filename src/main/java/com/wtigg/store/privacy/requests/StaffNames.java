package com.wtigg.store.privacy.requests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * How the request queue names the member of staff a request is assigned to: by the address of
 * their staff account, looked up once per page.
 */
@Component
class StaffNames {

	private final List<SubjectDirectory> directories;

	StaffNames(List<SubjectDirectory> directories) {
		this.directories = List.copyOf(directories);
	}

	/** The names for one page, read by {@code me}. */
	OnDuty readBy(SubjectId me) {
		return new OnDuty(me, new HashMap<>());
	}

	/** The names already looked up for one page. */
	final class OnDuty {

		private final SubjectId me;

		private final Map<SubjectId, String> known;

		private OnDuty(SubjectId me, Map<SubjectId, String> known) {
			this.me = me;
			this.known = known;
		}

		SubjectId me() {
			return me;
		}

		/** The staff account's address; empty when the account is gone. */
		String name(SubjectId staff) {
			return known.computeIfAbsent(staff, s -> directories.stream()
				.flatMap(d -> d.address(s).stream())
				.findFirst()
				.map(EmailAddress::value)
				.orElse(""));
		}
	}
}
