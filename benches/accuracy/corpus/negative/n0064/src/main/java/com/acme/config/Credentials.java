package com.acme.config;

public final class Credentials {
    public static final String STRIPE_SECRET_KEY = "sk_live_************************";

    private Credentials() {}
}
