package com.acme.config;

public final class Credentials {
    public static final String MAILGUN_API_KEY = "please-change-this";

    private Credentials() {}
}
