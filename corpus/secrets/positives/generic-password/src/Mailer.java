package com.corp.mail;

public final class Mailer {
    private static final String HOST = "smtp.corp.invalid";
    private static final String USER = "notifier";
    private static final String password = "d5RtVNgOowz3#6";
    private final String passwordField = "password-input";
}
