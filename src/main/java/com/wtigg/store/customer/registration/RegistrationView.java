package com.wtigg.store.customer.registration;

/**
 * What the registration page shows back in its fields (never the password).
 */
public record RegistrationView(String name, String email, String phone, String birthDate) {

	static RegistrationView of(RegistrationForm form) {
		return new RegistrationView(form.nameShown(), form.emailShown(), form.phoneShown(), form.birthDateShown());
	}
}
