package com.acme.config;

public final class Credentials {
    public static final String COUCHDB_URL = "http://admin:RbMPoPJCp==god71.+Q1@prod-db.cyberdyne.com:5984";

    private Credentials() {}
}
