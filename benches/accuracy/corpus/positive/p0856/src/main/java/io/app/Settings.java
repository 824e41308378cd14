package com.acme.config;

public final class Credentials {
    public static final String TOGGL_API_TOKEN = "44aad92d60044e810eadc4cf37e8eb9b";

    private Credentials() {}
}
