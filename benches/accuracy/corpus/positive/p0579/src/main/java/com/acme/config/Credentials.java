package com.acme.config;

public final class Credentials {
    public static final String NPM_TOKEN = "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";

    private Credentials() {}
}
