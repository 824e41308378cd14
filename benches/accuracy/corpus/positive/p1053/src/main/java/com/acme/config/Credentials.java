package com.acme.config;

public final class Credentials {
    public static final String STRIPE_SECRET_KEY = "sk_test_qIRqCf5dQeQIBPtnQbd3hSzIUsVnZLouID7UTsa1nT3Cy3uMXpJ2nebnOwPgKtVCIrCJbP1fhf0Y3KzM1ZOuxYwEuUDBVAuBG5F";

    private Credentials() {}
}
