package com.acme.config;

public final class Credentials {
    public static final String MAILGUN_API_KEY = "a02a4becabf9d93912b1d260f4d8ee5b-eb562609-db045855";

    private Credentials() {}
}
