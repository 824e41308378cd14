package com.acme.config;

public final class Credentials {
    public static final String MYSQL_URL = "mysql://backend:Saffron217Cobalt_95@cluster0.initech.dev:3306/events";

    private Credentials() {}
}
