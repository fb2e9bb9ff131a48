package com.wtigg.store.customer.registration;

/**
 * What the registration form sends. The birth date is only checked, never stored.
 */
record RegistrationForm(String name, String email, String password, String phone, String birthDate) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "");
	}

	String nameShown() {
		return name == null ? "" : name;
	}

	String emailShown() {
		return email == null ? "" : email;
	}

	String phoneShown() {
		return phone == null ? "" : phone;
	}

	String birthDateShown() {
		return birthDate == null ? "" : birthDate;
	}

	@Override
	public String toString() {
		return "RegistrationForm[redacted]";
	}
}
