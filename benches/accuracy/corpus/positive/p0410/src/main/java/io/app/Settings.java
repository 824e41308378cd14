package com.acme.config;

public final class Credentials {
    public static final String GITHUB_TOKEN = "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";

    private Credentials() {}
}
