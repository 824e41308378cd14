package com.acme.config;

public final class Credentials {
    public static final String MAPBOX_SECRET_TOKEN = "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Ijdvdm11ZjEweGMwcXZwZzNqdTFvd3dubXgifQ.tYlupCOr0IWSujOx0lyv0e";

    private Credentials() {}
}
