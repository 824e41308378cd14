package com.acme.config;

public final class Credentials {
    public static final String SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://etl_reader:Cobalt3760Thunder!88@db.soylent.com:5432/orders?sslmode=require";

    private Credentials() {}
}
