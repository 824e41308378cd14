package com.acme.config;

public final class Credentials {
    public static final String LANGCHAIN_API_KEY = "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";

    private Credentials() {}
}
