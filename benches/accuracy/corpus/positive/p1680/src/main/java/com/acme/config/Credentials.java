package com.acme.config;

public final class Credentials {
    public static final String ENCRYPTION_KEY = "8LkQYIdG2AjkwyF+IsXo0zpwk2LzB3FLRcwgAS3d4Ao=";

    private Credentials() {}
}
