package com.acme.config;

public final class Credentials {
    public static final String SHOPIFY_ACCESS_TOKEN = "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";

    private Credentials() {}
}
