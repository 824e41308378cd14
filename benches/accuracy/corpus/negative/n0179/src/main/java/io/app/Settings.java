package com.acme.config;

public final class Credentials {
    public static final String DD_API_KEY = "{{ vault_api_key }}";

    private Credentials() {}
}
