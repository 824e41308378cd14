package com.acme.config;

public final class Credentials {
    public static final String MAILGUN_API_KEY = "your-secret-key";

    private Credentials() {}
}
