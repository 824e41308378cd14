package com.acme.config;

public final class Credentials {
    public static final String AMPLITUDE_API_KEY = "8d1593e46493d3402c7284480330afb2";
    public static final String AMPLITUDE_SECRET_KEY = "bb9b37c697b54eb6ee4b5a68f596be46";

    private Credentials() {}
}
