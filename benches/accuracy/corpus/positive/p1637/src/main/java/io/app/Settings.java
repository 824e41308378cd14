package com.acme.config;

public final class Credentials {
    public static final String INTERNAL_API_KEY = "Xunt0YGb7DJJoHnyGoFXbkrJphJKsiTm";

    private Credentials() {}
}
