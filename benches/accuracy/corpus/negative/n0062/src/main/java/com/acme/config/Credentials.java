package com.acme.config;

public final class Credentials {
    public static final String SHOPIFY_ACCESS_TOKEN = "shpat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private Credentials() {}
}
