package com.acme.config;

public final class Credentials {
    public static final String MISTRAL_API_KEY = "UdzOMbYpt3GNOx02yH7blr5c8Sw4R1cC";

    private Credentials() {}
}
