package com.acme.config;

public final class Credentials {
    public static final String JWT_SECRET = "UvTUNjAkh9rb3zCCMDcOoRo13nXLbdzkOxp3PwycrrH4CNRc";

    private Credentials() {}
}
