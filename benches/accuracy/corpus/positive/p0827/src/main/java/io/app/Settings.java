package com.acme.config;

public final class Credentials {
    public static final String NOTION_TOKEN = "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";

    private Credentials() {}
}
