package com.acme.config;

public final class Credentials {
    public static final String RANCHER_TOKEN = "token-66bs6:99ov33r0mbooo0h2xdnqckn66lv3mo73ifzsc2djk7bqbhwnwtcggq";

    private Credentials() {}
}
