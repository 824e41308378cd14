package com.acme.config;

public final class Credentials {
    public static final String GOCARDLESS_ACCESS_TOKEN = "live_3ngjtu9t8z7DIWBmcmfepQDvQerxVtNMNhebhOJS";

    private Credentials() {}
}
