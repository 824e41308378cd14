package com.acme.config;

public final class Credentials {
    public static final String SCRAPINGBEE_API_KEY = "OC5VJ2HT86WP6PVQ0H4D0WEFVFYG5HA69VIF39MQPAS92Y0J9NOVRF3HOPJXHWJUMQ1LN5RPLRE8XCDE";

    private Credentials() {}
}
