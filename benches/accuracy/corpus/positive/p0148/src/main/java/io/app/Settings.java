package com.acme.config;

public final class Credentials {
    public static final String DEEPL_AUTH_KEY = "fe938e21-4e3d-4462-8a05-1305a381dd41:fx";

    private Credentials() {}
}
