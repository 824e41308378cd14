package com.acme.config;

public final class Credentials {
    public static final String SCRAPINGBEE_API_KEY = "2CQ5HKEZ0O15JPEXMJ1N8PZFZ14KAW4K9Q6SBFWPAEF1QU8E9XR54JZHL1CDATN5HD88K4T3KCNBEN53";

    private Credentials() {}
}
