package com.wtigg.store.shared.web;

/**
 * What the error page shows: the status, and the message key of what went wrong.
 */
public record ErrorPage(int status, String messageKey, Object[] args) {

	public static ErrorPage of(int status) {
		return new ErrorPage(status, switch (status) {
			case 400 -> "error.400";
			case 401 -> "error.401";
			case 403 -> "error.403";
			case 404 -> "error.404";
			case 405 -> "error.405";
			case 413 -> "error.tooLarge";
			default -> status >= 500 ? "error.500" : "error.other";
		}, new Object[0]);
	}
}
